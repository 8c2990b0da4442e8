import type { Account, PinterestApi } from '../api/pinterest-api.js';
import { InputError } from '../output/describe-error.js';
import type { CopyBoardRequest } from './copy-board-arguments.js';

const READ = ['user_accounts:read', 'boards:read', 'boards:read_secret', 'pins:read', 'pins:read_secret'];
// The target is read too: after an unclear answer the engine looks for what it may have created.
const WRITE = [...READ, 'boards:write', 'boards:write_secret', 'pins:write', 'pins:write_secret'];

export interface CopyAccounts {
  source: PinterestApi;
  /** Undefined when both token names turn out to be one user: a copy within one account. */
  target: PinterestApi | undefined;
  sourceUser: Account;
  targetUser: Account;
}

function userId(user: Account, token: string): string {
  const id = user.id ?? user.username;
  if (!id) throw new Error(`GET /v5/user_account for token "${token}" returned neither an id nor a username.`);
  return id;
}

export function accountId(user: Account): string {
  return user.id ?? user.username ?? '';
}

/**
 * Opens the API per token name and reads both user accounts. Two token names may still be
 * one user; then the copy is within one account, with that case's rules (a new name, no --all).
 */
export async function openCopyAccounts(
  request: CopyBoardRequest,
  open: (token: string, scopes: string[]) => Promise<PinterestApi>,
): Promise<CopyAccounts> {
  const oneToken = request.sourceToken === request.targetToken;
  const source = await open(request.sourceToken, oneToken ? WRITE : READ);
  const target = oneToken ? source : await open(request.targetToken, WRITE);
  // One after the other: each may need a browser sign-in, and those share the redirect port.
  const sourceUser = await source.getUserAccount();
  const targetUser = oneToken ? undefined : await target.getUserAccount();
  const sourceId = userId(sourceUser, request.sourceToken);
  if (targetUser === undefined) return { source, target: undefined, sourceUser, targetUser: sourceUser };
  const sameUser = userId(targetUser, request.targetToken) === sourceId;
  if (!sameUser) return { source, target, sourceUser, targetUser };
  const who = `Tokens "${request.sourceToken}" and "${request.targetToken}" both belong to user ${sourceUser.username ?? sourceId}`;
  if ('all' in request.selection) throw new InputError(`${who}; --all copies into another account.`);
  if (request.selection.name === undefined) throw new InputError(`${who}; a copy within one account needs -n/--name for the new board.`);
  return { source, target: undefined, sourceUser, targetUser: sourceUser };
}
