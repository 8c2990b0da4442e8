import { argumentsOf } from '@pinkit/arguments';
import { apiVersion, type ApiVersion } from './api-version.js';
import { DEFAULT_REDIRECT_URI, PINTEREST_OAUTH_URI } from '@pinkit/hosts';
import type { Logger } from '@pinkit/http';
import { buildAuthorizeUrl, createState } from './authorize-url.js';
import { MissingAppCredentialsError } from './errors.js';
import { createOAuthClient } from './oauth-client.js';
import { openBrowser as openDefaultBrowser } from './open-browser.js';
import { listenOnFirstFree, splitRedirectUris } from './listen-on-first-free.js';
import type { OAuthTokens } from './token-response.js';
import { checkOptionalUri, checkScopes } from './oauth-arguments.js';
import { DEFAULT_V5_SCOPES } from './v5-scopes.js';

const check = argumentsOf('runAuthorizationCodeFlow');

/** Where to sign in and as which app (the CLI's configuration fits as is). */
/** Environment values fit as they are: an unset or empty URI means Pinterest's own. */
export interface AuthorizationCodeFlowConfig {
  /** Default https://api.pinterest.com (`PINTEREST_API_URI`). */
  apiUri?: string | undefined;
  /** Default https://www.pinterest.com (`PINTEREST_OAUTH_URI`). */
  oauthUri?: string | undefined;
  appId: string | undefined;
  appSecret: string | undefined;
  credentialSource?: string | undefined;
  /**
   * Default http://localhost:8085/ (`PINTEREST_REDIRECT_URI`). Several URIs separated by commas are
   * tried in order: a busy port moves on to the next, and the authorize URL names the one listening.
   */
  redirectUri?: string | undefined;
  landingUri?: string | undefined;
}

export interface AuthorizationCodeFlowOptions {
  config: AuthorizationCodeFlowConfig;
  version: ApiVersion;
  /** From parseScopes(). v5 falls back to DEFAULT_V5_SCOPES; an empty v3 list asks for all the app's scopes. */
  scopes: readonly string[];
  /** Default: openBrowser() from this package. Returns whether a browser started. */
  openBrowser?: (url: string) => Promise<boolean>;
  /** Called once with the authorize URL; print it when `browserOpened` is false. */
  onAuthorizeUrl?: (url: string, browserOpened: boolean) => void;
  /** How long to wait for the browser. Default 5 minutes. */
  timeoutMs?: number;
  signal?: AbortSignal;
  logger?: Logger;
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * The whole browser sign-in: a fresh state, the loopback listener, the authorize page in a
 * browser (or the URL handed to `onAuthorizeUrl`), the callback, then the code exchange at the
 * v5 or v3 token endpoint. Returns the tokens; printing and storing them is the caller's part.
 */
export async function runAuthorizationCodeFlow(options: AuthorizationCodeFlowOptions): Promise<OAuthTokens> {
  checkFlowOptions(options);
  const { config } = options;
  const version = apiVersion(options.version);
  if (!config.appId || !config.appSecret) throw new MissingAppCredentialsError();
  const client = createOAuthClient({
    apiUri: config.apiUri,
    appId: config.appId,
    appSecret: config.appSecret,
    ...(config.credentialSource ? { credentialSource: config.credentialSource } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const scopes = version === '5' && options.scopes.length === 0 ? DEFAULT_V5_SCOPES : options.scopes;
  const state = createState();
  const listener = await listenOnFirstFree(splitRedirectUris(config.redirectUri || DEFAULT_REDIRECT_URI), {
    expectedState: state,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(config.landingUri ? { landingUri: config.landingUri } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  try {
    // The exchange must repeat the redirect URI of the authorize URL character for character.
    const redirectUri = listener.url;
    const url = buildAuthorizeUrl({
      oauthUri: config.oauthUri || PINTEREST_OAUTH_URI,
      clientId: config.appId,
      redirectUri,
      scopes,
      state,
      refreshable: true,
    });
    const opened = await (options.openBrowser ?? ((target: string) => openDefaultBrowser(target)))(url);
    options.onAuthorizeUrl?.(url, opened);
    const { code } = await listener.result;
    return version === '5' ? await client.exchangeCode({ code, redirectUri }) : await client.exchangeCodeV3({ code, redirectUri });
  } finally {
    await listener.close();
  }
}

/**
 * What the flow itself uses; the app credentials, the API URI and the logger are checked by
 * createOAuthClient, the redirect URIs by the listener. All of it before a port is opened.
 */
function checkFlowOptions(options: AuthorizationCodeFlowOptions): void {
  check.object(options, 'options');
  const config = check.object(options.config, 'options.config');
  checkOptionalUri(check, config.oauthUri, 'options.config.oauthUri');
  checkOptionalUri(check, config.landingUri, 'options.config.landingUri');
  // Several URIs separated by commas are allowed; each is read by the listener.
  check.string(config.redirectUri, 'options.config.redirectUri', {
    optional: true,
    allowEmpty: true,
    maxLength: 16 * 2048,
    singleLine: true,
  });
  checkScopes(check, options.scopes, 'options.scopes');
  check.function(options.openBrowser, 'options.openBrowser', { optional: true });
  check.function(options.onAuthorizeUrl, 'options.onAuthorizeUrl', { optional: true });
  check.integer(options.timeoutMs, 'options.timeoutMs', { optional: true, min: 1, max: 86_400_000 });
  check.signal(options.signal, 'options.signal', { optional: true });
}
