import { TokenExchangeError, TokenResponseError, type TokenOperation } from './errors.js';
import { readOptionalEpochSeconds, readOptionalSeconds, readOptionalText, readOptionalToken, readToken } from './token-fields.js';

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
  return seconds === undefined ? undefined : new Date(now + seconds * 1000).toISOString();
}

function splitScopes(scope: string | undefined): string[] | undefined {
  return scope === undefined ? undefined : scope.split(/[\s,]+/).filter((part) => part !== '');
}

function unusable(operation: TokenOperation): TokenExchangeError {
  return new TokenExchangeError(
    'Pinterest answered the token request without an access token; try again, and check PINTEREST_API_URI if it keeps happening.',
    { operation },
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Normalises a v5 token answer; expiry times are computed from `expires_in` and `now`. Every field
 * is checked before anything is returned, so a bad one ends in a TokenResponseError naming it.
 */
export function fromV5TokenResponse(body: unknown, context: TokenResponseContext): OAuthTokens {
  const { operation } = context;
  if (!isObject(body) || body.access_token === undefined || body.access_token === null) throw unusable(operation);
  const accessToken = readToken(body.access_token, 'access_token', operation);
  const sentRefreshToken = readOptionalToken(body.refresh_token, 'refresh_token', operation);
  const scope = readOptionalText(body.scope, 'scope', operation);
  const tokenType = readOptionalText(body.token_type, 'token_type', operation);
  const responseType = readOptionalText(body.response_type, 'response_type', operation);
  const expiresIn = readOptionalSeconds(body.expires_in, 'expires_in', operation);
  const refreshExpiresIn = readOptionalSeconds(body.refresh_token_expires_in, 'refresh_token_expires_in', operation);
  const refreshExpiresAt = readOptionalEpochSeconds(body.refresh_token_expires_at, 'refresh_token_expires_at', operation);
  const refreshToken = sentRefreshToken ?? context.refreshToken;
  // Pinterest also sends `refresh_token_expires_at` in epoch seconds; `_in` with our clock wins.
  const refreshExpiry =
    at(context.now, refreshExpiresIn) ?? (refreshExpiresAt === undefined ? undefined : new Date(refreshExpiresAt * 1000).toISOString());
  return {
    access_token: accessToken,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    scopes: splitScopes(scope) ?? [...(context.scopes ?? [])],
    ...(tokenType ? { token_type: tokenType } : {}),
    ...(expiresIn !== undefined ? { expires_in: expiresIn, expires_at: at(context.now, expiresIn) } : {}),
    ...(refreshExpiresIn !== undefined ? { refresh_token_expires_in: refreshExpiresIn } : {}),
    ...(refreshExpiry && sentRefreshToken ? { refresh_token_expires_at: refreshExpiry } : {}),
    ...(responseType ? { response_type: responseType } : {}),
  };
}

/** Normalises a v3 answer, whose refresh token sits inside `data`. */
export function fromV3TokenResponse(body: unknown, context: TokenResponseContext): OAuthTokens {
  const { operation } = context;
  const answer = isObject(body) ? body : {};
  if (answer.data !== undefined && answer.data !== null && !isObject(answer.data))
    throw new TokenResponseError('data', 'an object', operation);
  const data = isObject(answer.data) ? answer.data : {};
  const field = answer.access_token !== undefined && answer.access_token !== null ? 'access_token' : 'data.access_token';
  const rawAccessToken = field === 'access_token' ? answer.access_token : data.access_token;
  if (rawAccessToken === undefined || rawAccessToken === null) throw unusable(operation);
  const accessToken = readToken(rawAccessToken, field, operation);
  const refreshToken = readOptionalToken(data.refresh_token, 'data.refresh_token', operation) ?? context.refreshToken;
  const scope = readOptionalText(answer.scope, 'scope', operation);
  return {
    access_token: accessToken,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    scopes: splitScopes(scope) ?? [...(context.scopes ?? [])],
  };
}
