import type { AnyAccount, Capability } from '@pinkit/account';
import { InputError } from '../output/describe-error.js';
import type { CopyBoardRequest } from './copy-board-arguments.js';

/** What one side of a copy calls; a browser sign-in asks for their scopes, secret boards and pins included. */
export interface CopyUse {
  capabilities: readonly Capability[];
}

const READ: CopyUse = { capabilities: ['getUserAccount', 'listBoards', 'getBoard', 'listBoardPins', 'listBoardSections'] };
// The target is read too: after an unclear answer the engine looks for what it may have created.
const WRITE: CopyUse = { capabilities: [...READ.capabilities, 'createBoard', 'createSection', 'createPin'] };

/** One account as copy-board opens it, in any API version. */
export type CopyParty = AnyAccount;

/** Who a token belongs to, in the fields every version's user has. */
export interface AccountRef {
  id?: string | null;
  username?: string | null;
}

/** Whether the account can take videos as videos (upload them); the scope table loads here, when a copy runs. */
export async function canUpload(account: CopyParty): Promise<boolean> {
  const { supports } = await import('@pinkit/account/scopes');
  return supports(account.version, 'uploadVideo');
}

export interface CopyAccounts {
  source: CopyParty;
  /** Undefined when both token names turn out to be one user: a copy within one account. */
  target: CopyParty | undefined;
  sourceUser: AccountRef;
  targetUser: AccountRef;
}

function userId(user: AccountRef, token: string, version: string): string {
  const id = user.id ?? user.username;
  const read = version === '3' ? 'GET /v3/users/me/' : 'GET /v5/user_account';
  if (!id) throw new Error(`${read} for token "${token}" returned neither an id nor a username.`);
  return id;
}

export function accountId(user: AccountRef): string {
  return user.id ?? user.username ?? '';
}

/**
 * Opens the API per token name and reads both user accounts. Two token names may still be
 * one user; then the copy is within one account, with that case's rules (a new name, no --all).
 * With `videos`, the account written to must be able to upload them; that is checked before any
 * request is sent.
 */
export async function openCopyAccounts(
  request: CopyBoardRequest,
  open: (token: string, use: CopyUse) => Promise<CopyParty>,
  options: { videos?: boolean } = {},
): Promise<CopyAccounts> {
  const oneToken = request.sourceToken === request.targetToken;
  const source = await open(request.sourceToken, oneToken ? WRITE : READ);
  const target = oneToken ? source : await open(request.targetToken, WRITE);
  if (options.videos && !(await canUpload(target))) {
    throw new InputError(
      `--copy-videos: API v${target.version} cannot upload videos; leave it out (videos are copied as their cover image) or use -v 5.`,
    );
  }
  // One after the other: each may need a browser sign-in, and those share the redirect port.
  const sourceUser = await source.getUserAccount();
  const targetUser = oneToken ? undefined : await target.getUserAccount();
  const sourceId = userId(sourceUser, request.sourceToken, String(source.version));
  if (targetUser === undefined) return { source, target: undefined, sourceUser, targetUser: sourceUser };
  const sameUser = userId(targetUser, request.targetToken, String(target.version)) === sourceId;
  if (!sameUser) return { source, target, sourceUser, targetUser };
  const who = `Tokens "${request.sourceToken}" and "${request.targetToken}" both belong to user ${sourceUser.username ?? sourceId}`;
  if ('all' in request.selection) throw new InputError(`${who}; --all copies into another account.`);
  if (request.selection.name === undefined) throw new InputError(`${who}; a copy within one account needs -n/--name for the new board.`);
  return { source, target: undefined, sourceUser, targetUser: sourceUser };
}
