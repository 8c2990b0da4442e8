import type { components } from '@pinkit/api-v5';
import { TokenExchangeError, type TokenOperation } from './errors.js';

type Schemas = components['schemas'];
/** `POST /v5/oauth/token` answers, per grant (Pinterest's v5 OpenAPI description). */
type V5TokenResponse =
  | Schemas['OauthAccessTokenResponseCode']
  | Schemas['OauthAccessTokenResponseRefresh']
  | Schemas['OauthAccessTokenResponseIntegrationRefresh']
  | Schemas['OauthAccessTokenResponseClientCredentials'];

/** `PUT /v3/oauth/access_token/` answers; v3 has no published description (see API-V3.md). */
interface V3TokenResponse {
  status?: string;
  scope?: string;
  access_token?: string;
  data?: { access_token?: string; refresh_token?: string };
}

/** Tokens from any grant of either API version, in one shape. Times are ISO 8601 (UTC). */
export interface OAuthTokens {
  access_token: string;
  refresh_token?: string;
  /** The granted scopes; empty when Pinterest did not say (keep the ones you stored). */
  scopes: string[];
  token_type?: string;
  /** Seconds the access token lives, as sent. */
  expires_in?: number;
  expires_at?: string;
  refresh_token_expires_in?: number;
  refresh_token_expires_at?: string;
  /** v5: which grant produced the answer. */
  response_type?: string;
}

export interface TokenResponseContext {
  operation: TokenOperation;
  /** Milliseconds since the epoch, for the expiry times. */
  now: number;
  /** Kept when the answer carries no refresh token (a refresh need not rotate it). */
  refreshToken?: string;
  /** Used when the answer carries no `scope`. */
  scopes?: readonly string[];
}

function at(now: number, seconds: number | undefined): string | undefined {
  return typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(now + seconds * 1000).toISOString() : undefined;
}

function splitScopes(scope: unknown): string[] | undefined {
  return typeof scope === 'string' ? scope.split(/[\s,]+/).filter((part) => part !== '') : undefined;
}

function unusable(operation: TokenOperation): TokenExchangeError {
  return new TokenExchangeError(
    'Pinterest answered the token request without an access token; try again, and check PINTEREST_API_URI if it keeps happening.',
    { operation },
  );
}

/** Normalises a v5 token answer; expiry times are computed from `expires_in` and `now`. */
export function fromV5TokenResponse(body: unknown, context: TokenResponseContext): OAuthTokens {
  if (!body || typeof body !== 'object' || typeof (body as { access_token?: unknown }).access_token !== 'string')
    throw unusable(context.operation);
  const answer = body as V5TokenResponse;
  const withRefresh = answer as Partial<Schemas['OauthAccessTokenResponseRefresh']>;
  const refreshToken = withRefresh.refresh_token ?? context.refreshToken;
  // Pinterest also sends `refresh_token_expires_at` in epoch seconds; `_in` with our clock wins.
  const refreshExpiry =
    at(context.now, withRefresh.refresh_token_expires_in) ??
    (typeof withRefresh.refresh_token_expires_at === 'number'
      ? new Date(withRefresh.refresh_token_expires_at * 1000).toISOString()
      : undefined);
  return {
    access_token: answer.access_token,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    scopes: splitScopes(answer.scope) ?? [...(context.scopes ?? [])],
    ...(answer.token_type ? { token_type: answer.token_type } : {}),
    ...(typeof answer.expires_in === 'number' ? { expires_in: answer.expires_in, expires_at: at(context.now, answer.expires_in) } : {}),
    ...(typeof withRefresh.refresh_token_expires_in === 'number' ? { refresh_token_expires_in: withRefresh.refresh_token_expires_in } : {}),
    ...(refreshExpiry && withRefresh.refresh_token ? { refresh_token_expires_at: refreshExpiry } : {}),
    ...(answer.response_type ? { response_type: answer.response_type } : {}),
  };
}

/** Normalises a v3 answer, whose refresh token sits inside `data`. */
export function fromV3TokenResponse(body: unknown, context: TokenResponseContext): OAuthTokens {
  const answer = (body && typeof body === 'object' ? body : {}) as V3TokenResponse;
  const accessToken = answer.access_token ?? answer.data?.access_token;
  if (typeof accessToken !== 'string') throw unusable(context.operation);
  const refreshToken = answer.data?.refresh_token ?? context.refreshToken;
  return {
    access_token: accessToken,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    scopes: splitScopes(answer.scope) ?? [...(context.scopes ?? [])],
  };
}
