import { isV5Scope } from '@pinkit/api-v5/operations';
import { failures } from '../core/pinterest-failure.js';
import type { AppContext } from '../core/route.js';
import { redeemAuthorizationCode } from './authorization-codes.js';
import { isLive, mintToken } from './mint-token.js';
import type { TokenRecord } from './oauth-records.js';
import { requiredField, scopeList, type TokenFields } from './token-request-fields.js';

/** What a grant hands out; `refresh` is absent for client credentials, which are not refreshable. */
export interface GrantedTokens {
  access: TokenRecord;
  refresh?: TokenRecord;
}

function mint(ctx: AppContext, kind: TokenRecord['kind'], userId: string, scopes: readonly string[]): TokenRecord {
  const ttlSeconds = kind === 'access' ? ctx.knobs.accessTokenTtlSeconds : ctx.knobs.refreshTokenTtlSeconds;
  return mintToken(ctx.store, ctx.tokenRandom, { kind, userId, appId: ctx.app.id, scopes, ttlSeconds });
}

/** `authorization_code`: a code with no scopes grants `allScopes`, those of the API version redeeming it. */
export function grantAuthorizationCode(ctx: AppContext, fields: TokenFields, allScopes: readonly string[]): Required<GrantedTokens> {
  const code = redeemAuthorizationCode(ctx.store, ctx.app, requiredField(fields, 'code'), requiredField(fields, 'redirect_uri'));
  const scopes = code.scopes ?? allScopes;
  return { access: mint(ctx, 'access', code.userId, scopes), refresh: mint(ctx, 'refresh', code.userId, scopes) };
}

/**
 * `refresh_token`: a new access token, optionally for fewer scopes. v5 (`rotate`) always adds a
 * new continuous refresh token with a fresh lifetime, and the one sent stops working at once: a
 * client that does not keep the renewed one has to sign in again. v3 keeps the refresh token.
 */
export function grantRefresh(ctx: AppContext, fields: TokenFields, options: { rotate: boolean }): GrantedTokens {
  const refresh = ctx.store.tokens.get(requiredField(fields, 'refresh_token'));
  if (!refresh || refresh.kind !== 'refresh' || refresh.appId !== ctx.app.id || !isLive(ctx.store, refresh)) {
    throw failures.invalidParameters('This refresh token is unknown, expired, revoked or was replaced by a newer one; authorize again.');
  }
  const asked = scopeList(fields);
  const notGranted = asked.filter((scope) => !refresh.scopes.includes(scope));
  if (notGranted.length > 0)
    throw failures.invalidParameters(`Invalid scope: a refresh can only narrow the granted scopes; not granted: ${notGranted.join(', ')}.`);
  const access = mint(ctx, 'access', refresh.userId, asked.length > 0 ? asked : refresh.scopes);
  if (!options.rotate) return { access };
  refresh.revoked = true;
  return { access, refresh: mint(ctx, 'refresh', refresh.userId, refresh.scopes) };
}

/** `client_credentials`: an access token for the app owner's own account, never a refresh token. */
export function grantClientCredentials(ctx: AppContext, fields: TokenFields): GrantedTokens {
  const scopes = scopeList(fields);
  if (scopes.length === 0) throw failures.invalidParameters("Invalid request: 'scope' is required for client credentials.");
  const unknown = scopes.filter((scope) => !isV5Scope(scope));
  if (unknown.length > 0) throw failures.invalidParameters(`Invalid scope: ${unknown.join(', ')} is not a v5 scope.`);
  return { access: mint(ctx, 'access', ctx.app.ownerId, scopes) };
}
