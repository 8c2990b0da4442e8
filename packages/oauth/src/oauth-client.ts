import { argumentsOf } from '@pinkit/arguments';
import type { components } from '@pinkit/api-v5';
import { PINTEREST_API_URI } from '@pinkit/hosts';
import { createHttpClient, type Logger, type ProxyEnv, type RetryOptions, type TransportTimeouts } from '@pinkit/http';
import { MissingAppCredentialsError, type TokenOperation } from './errors.js';
import { checkOptionalUri, checkScopes, secret, uri } from './oauth-arguments.js';
import { fromV3TokenResponse, fromV5TokenResponse, type OAuthTokens } from './token-response.js';
import { checkV3TokenEnvelope, toTokenExchangeError } from './to-token-exchange-error.js';

type Schemas = components['schemas'];

export interface OAuthClientOptions {
  /** API host without a version (`PINTEREST_API_URI`); unset or empty means https://api.pinterest.com. */
  apiUri?: string | undefined;
  /** May be undefined so that a configuration read from the environment passes as is; then this throws MissingAppCredentialsError. */
  appId: string | undefined;
  appSecret: string | undefined;
  /** Named in the 401 message; default `PINTEREST_APP_ID and PINTEREST_APP_SECRET` (the variables the credentials came from). */
  credentialSource?: string;
  /** Request lines at level 2, redacted headers and bodies at 3. */
  logger?: Logger;
  /** Transport for tests (the global fetch fits). Default: @pinkit/http's node:https transport, which honours HTTPS_PROXY and NO_PROXY. */
  fetch?: typeof fetch;
  /** Where `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` are read for the default transport. Default `process.env`. */
  proxyEnv?: ProxyEnv;
  /** The default transport's connect, headers and body timeouts (10 s, 30 s, 120 s unless set). */
  transportTimeouts?: TransportTimeouts;
  /** Clock for the expiry times, in epoch milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Backoff for 429s and refused connections (token requests are never repeated after other failures). */
  retry?: RetryOptions | false;
}

export interface OAuthClient {
  /** v5 `authorization_code` grant. `redirectUri` must be the one in the authorize URL. */
  exchangeCode(input: { code: string; redirectUri: string }): Promise<OAuthTokens>;
  /**
   * v5 `refresh_token` grant. It always asks for a continuous refresh token, and the answer carries
   * the renewed refresh token and its expiry: store them, as the one sent stops working. Keeps
   * `refreshToken` when a server sends no new one. `continuous` also sends the quickstart's `refresh_on`.
   */
  refresh(input: { refreshToken: string; scopes?: readonly string[]; continuous?: boolean }): Promise<OAuthTokens>;
  /** v5 `client_credentials` grant: a token for the app's own account, no browser involved. */
  clientCredentials(input: { scopes: readonly string[] }): Promise<OAuthTokens>;
  /** v5 token revocation (Pinterest only allows it for tokens issued to system users). */
  revoke(input: { token: string; tokenTypeHint?: 'access_token' | 'refresh_token' }): Promise<void>;
  /** v3 `authorization_code` exchange. */
  exchangeCodeV3(input: { code: string; redirectUri: string }): Promise<OAuthTokens>;
  /** v3 refresh; keeps `refreshToken` when none comes back. */
  refreshV3(input: { refreshToken: string }): Promise<OAuthTokens>;
}

function form(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

const V5_TOKEN = '/v5/oauth/token';
const CHECKS = {
  refresh: argumentsOf('client.refresh'),
  clientCredentials: argumentsOf('client.clientCredentials'),
  revoke: argumentsOf('client.revoke'),
  refreshV3: argumentsOf('client.refreshV3'),
};
const V3_TOKEN = '/v3/oauth/access_token/';

/** Pinterest's token endpoints for one app: form bodies with HTTP Basic app credentials. */
export function createOAuthClient(options: OAuthClientOptions): OAuthClient {
  checkClientOptions(options);
  const { appId, appSecret } = options;
  if (!appId || !appSecret) throw new MissingAppCredentialsError();
  const now = options.now ?? Date.now;
  const credentialVariables = options.credentialSource ?? 'PINTEREST_APP_ID and PINTEREST_APP_SECRET';
  const http = createHttpClient({
    baseUrl: (options.apiUri || PINTEREST_API_URI).replace(/\/+$/, ''),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.proxyEnv ? { proxyEnv: options.proxyEnv } : {}),
    ...(options.transportTimeouts ? { transportTimeouts: options.transportTimeouts } : {}),
    ...(options.retry !== undefined ? { retry: options.retry } : {}),
  });

  // The secret values of a token request, cut out of any message that quotes Pinterest.
  const secretsOf = (body: Record<string, string>) =>
    [appSecret!, body.code, body.refresh_token, body.token].filter((value): value is string => value !== undefined);

  async function send(operation: TokenOperation, method: 'POST' | 'PUT', path: string, body: Record<string, string>): Promise<unknown> {
    try {
      return (await http.request<unknown>(method, path, { form: body, auth: { basic: { username: appId!, password: appSecret! } } })).data;
    } catch (error) {
      throw toTokenExchangeError(error, operation, credentialVariables, secretsOf(body));
    }
  }

  async function sendV3(operation: TokenOperation, body: Record<string, string>): Promise<unknown> {
    const answer = await send(operation, 'PUT', V3_TOKEN, body);
    checkV3TokenEnvelope(answer, operation, secretsOf(body));
    return answer;
  }

  return {
    async exchangeCode(input) {
      const { code, redirectUri } = checkCodeInput(input, 'client.exchangeCode');
      const body: Schemas['OauthAccessTokenCreate'] = { grant_type: 'authorization_code', code, redirect_uri: redirectUri };
      return fromV5TokenResponse(await send('authorization_code', 'POST', V5_TOKEN, form(body)), {
        operation: 'authorization_code',
        now: now(),
      });
    },
    async refresh(input) {
      const check = CHECKS.refresh;
      const { refreshToken, scopes, continuous } = check.object(input, 'input') as typeof input;
      check.string(refreshToken, 'input.refreshToken', secret);
      checkScopes(check, scopes, 'input.scopes', true);
      check.boolean(continuous, 'input.continuous', { optional: true });
      // The description's `oauth/token` prose asks apps created before 2025-09-25 to send
      // `continuous_refresh=true` (the legacy 365-day refresh token is retired; newer apps get
      // continuous ones anyway); `refresh_on` is what the quickstart sent for the same purpose.
      const body: Schemas['OauthAccessTokenCreate'] & { refresh_on?: string } = {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        ...(scopes && scopes.length > 0 ? { scope: scopes.join(',') } : {}),
        ...(continuous ? { refresh_on: 'true' } : {}),
        continuous_refresh: 'true',
      };
      const answer = await send('refresh_token', 'POST', V5_TOKEN, form(body));
      return fromV5TokenResponse(answer, { operation: 'refresh_token', now: now(), refreshToken, ...(scopes ? { scopes } : {}) });
    },
    async clientCredentials(input) {
      const check = CHECKS.clientCredentials;
      const { scopes } = check.object(input, 'input') as typeof input;
      checkScopes(check, scopes, 'input.scopes');
      const body: Schemas['OauthAccessTokenCreate'] = { grant_type: 'client_credentials', scope: scopes.join(',') };
      return fromV5TokenResponse(await send('client_credentials', 'POST', V5_TOKEN, form(body)), {
        operation: 'client_credentials',
        now: now(),
        scopes,
      });
    },
    async revoke(input) {
      const check = CHECKS.revoke;
      const { token, tokenTypeHint } = check.object(input, 'input') as typeof input;
      check.string(token, 'input.token', secret);
      check.oneOf(tokenTypeHint, 'input.tokenTypeHint', ['access_token', 'refresh_token'], { optional: true });
      const body: Schemas['TokenRevocationRequestCreate'] = { token, ...(tokenTypeHint ? { token_type_hint: tokenTypeHint } : {}) };
      await send('revoke', 'POST', `${V5_TOKEN}/revoke`, form({ ...body }));
    },
    async exchangeCodeV3(input) {
      const { code, redirectUri } = checkCodeInput(input, 'client.exchangeCodeV3');
      const answer = await sendV3('authorization_code', {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
      });
      return fromV3TokenResponse(answer, { operation: 'authorization_code', now: now() });
    },
    async refreshV3(input) {
      const check = CHECKS.refreshV3;
      const { refreshToken } = check.object(input, 'input') as typeof input;
      check.string(refreshToken, 'input.refreshToken', secret);
      const answer = await sendV3('refresh_token', { grant_type: 'refresh_token', refresh_token: refreshToken });
      return fromV3TokenResponse(answer, { operation: 'refresh_token', now: now(), refreshToken });
    },
  };
}

/**
 * The options as a caller may pass them: app credentials unset or empty are left to
 * MissingAppCredentialsError, which says which variables to set; anything else of the wrong kind is
 * refused here, before a transport is made.
 */
function checkClientOptions(options: OAuthClientOptions): void {
  const check = argumentsOf('createOAuthClient');
  check.object(options, 'options');
  checkOptionalUri(check, options.apiUri, 'options.apiUri');
  for (const key of ['appId', 'appSecret'] as const) {
    if (options[key] !== undefined && options[key] !== '') check.string(options[key], `options.${key}`, secret);
  }
  check.string(options.credentialSource, 'options.credentialSource', { optional: true, maxLength: 200, singleLine: true });
  const logger = check.object(options.logger, 'options.logger', { optional: true });
  if (logger) check.function(logger.log, 'options.logger.log');
  check.function(options.fetch, 'options.fetch', { optional: true });
  check.object(options.proxyEnv, 'options.proxyEnv', { optional: true });
  check.object(options.transportTimeouts, 'options.transportTimeouts', { optional: true });
  check.function(options.now, 'options.now', { optional: true });
  if (options.retry !== false) check.object(options.retry, 'options.retry', { optional: true });
}

function checkCodeInput(input: { code: string; redirectUri: string }, functionName: string): { code: string; redirectUri: string } {
  const check = argumentsOf(functionName);
  check.object(input, 'input');
  check.string(input.code, 'input.code', secret);
  check.string(input.redirectUri, 'input.redirectUri', uri);
  return input;
}
