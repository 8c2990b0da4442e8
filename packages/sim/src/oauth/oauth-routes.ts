import type { components } from '@pinkit/api-v5';
import { failures } from '../core/pinterest-failure.js';
import type { AppContext, RouteEntry } from '../core/route.js';
import type { SimStore } from '../sim-store.js';
import { consentPageRoutes } from './consent-page-routes.js';
import { ALL_V5_SCOPES } from './known-scopes.js';
import { grantAuthorizationCode, grantClientCredentials, grantRefresh, type GrantedTokens } from './token-grants.js';
import { readTokenFields, requiredField } from './token-request-fields.js';

type Schemas = components['schemas'];
// 5.28 answers every grant with one OauthAccessToken (5.23 had a schema per response_type).
type TokenAnswer = Schemas['OauthAccessToken'];
type ResponseType = NonNullable<TokenAnswer['response_type']>;

const seconds = (store: SimStore, expiresAt: number): number => Math.max(0, Math.round((expiresAt - store.now()) / 1000));

/**
 * The v5 token answer. `scope` is space-separated, as in RFC 6749 §3.3 (@pinkit/oauth reads
 * spaces and commas alike). Code and refresh answers carry the (renewed) refresh token and its
 * expiry; client-credentials answers none.
 */
function tokenAnswer(ctx: AppContext, granted: GrantedTokens, responseType: ResponseType): TokenAnswer {
  const { access, refresh } = granted;
  return {
    access_token: access.value,
    token_type: 'bearer',
    expires_in: seconds(ctx.store, access.expiresAt),
    scope: access.scopes.join(' '),
    response_type: responseType,
    ...(refresh && {
      refresh_token: refresh.value,
      refresh_token_expires_in: seconds(ctx.store, refresh.expiresAt),
      refresh_token_expires_at: Math.floor(refresh.expiresAt / 1000),
    }),
  };
}

// https://developers.pinterest.com/docs/api/v5/#tag/oauth
// Both are POSTs but change no Pinterest data: they spend no write budget, and no fault makes
// one take effect and then drop its answer.
export const oauthRoutes: readonly RouteEntry[] = [
  {
    operation: 'oauth/token',
    write: false,
    handle: (ctx) => {
      const fields = readTokenFields(ctx.body, ctx.headers, { acceptJson: false });
      const grantType = requiredField(fields, 'grant_type');
      if (grantType === 'authorization_code') {
        return { status: 200, body: tokenAnswer(ctx, grantAuthorizationCode(ctx, fields, ALL_V5_SCOPES), grantType) };
      }
      if (grantType === 'client_credentials')
        return { status: 200, body: tokenAnswer(ctx, grantClientCredentials(ctx, fields), grantType) };
      // Every refresh is continuous (the legacy refresh is retired), so `continuous_refresh`, which the
      // description asks older apps to send, and the quickstart's `refresh_on` change nothing.
      if (grantType === 'refresh_token')
        return { status: 200, body: tokenAnswer(ctx, grantRefresh(ctx, fields, { rotate: true }), grantType) };
      throw failures.invalidParameters(`Invalid grant_type "${grantType}": use authorization_code, refresh_token or client_credentials.`);
    },
  },
  {
    // Pinterest revokes only tokens of system users; the simulator revokes any token of the
    // calling app, so tests can watch a revoked token fail. Unknown tokens are no error (RFC 7009 §2.2).
    operation: 'token/revoke',
    write: false,
    handle: (ctx) => {
      const fields = readTokenFields(ctx.body, ctx.headers, { acceptJson: false });
      const hint = fields['token_type_hint'];
      if (hint !== undefined && hint !== 'access_token' && hint !== 'refresh_token') {
        throw failures.invalidParameters(`Invalid token_type_hint "${hint}": use access_token or refresh_token.`);
      }
      const token = ctx.store.tokens.get(requiredField(fields, 'token'));
      if (token && token.appId !== ctx.app.id) throw failures.notPermitted();
      if (token) token.revoked = true;
      return { status: 200 };
    },
  },
  ...consentPageRoutes,
];
