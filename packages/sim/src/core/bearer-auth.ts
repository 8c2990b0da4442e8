import { grantedScopes } from '../oauth/known-scopes.js';
import { isLive } from '../oauth/mint-token.js';
import type { TokenRecord } from '../oauth/oauth-records.js';
import type { SimStore } from '../sim-store.js';
import type { UserRecord } from '../users/user-record.js';
import { failures } from './pinterest-failure.js';

/** Resolves `Authorization: Bearer <access token>`; missing, unknown, refresh, revoked or expired tokens fail with 401. */
export function authenticate(store: SimStore, authorization: string | undefined): { caller: UserRecord; token: TokenRecord } {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const token = match?.[1] === undefined ? undefined : store.tokens.get(match[1]);
  const caller = token === undefined ? undefined : store.users.get(token.userId);
  if (!token || !caller || token.kind !== 'access' || !isLive(store, token)) throw failures.authenticationFailed();
  return { caller, token };
}

/** A refusal (403 unless `status` says otherwise) naming every scope the operation needs that the token lacks (a v3 composite grants what it includes). */
export function requireScopes(token: TokenRecord, required: readonly string[], status?: number): void {
  const granted = grantedScopes(token.scopes);
  const missing = required.filter((scope) => !granted.includes(scope));
  if (missing.length > 0) throw failures.missingScopes(missing, status);
}
