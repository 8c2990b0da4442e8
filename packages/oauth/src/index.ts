export { apiVersion, UnknownApiVersionError } from './api-version.js';
export type { ApiVersion } from './api-version.js';
export { buildAuthorizeUrl, createState } from './authorize-url.js';
export type { AuthorizeUrlOptions } from './authorize-url.js';
export {
  AuthorizationDeniedError,
  InvalidRedirectUriError,
  MissingAppCredentialsError,
  MissingAuthorizationCodeError,
  OAuthError,
  OAuthTimeoutError,
  RedirectPortBusyError,
  RedirectPortsBusyError,
  StateMismatchError,
  TokenExchangeError,
  TokenResponseError,
  UnknownScopeError,
} from './errors.js';
export type { TokenOperation } from './errors.js';
export { formatScopeHelp } from './format-scope-help.js';
export { createOAuthClient } from './oauth-client.js';
export type { OAuthClient, OAuthClientOptions } from './oauth-client.js';
export { openBrowser } from './open-browser.js';
export type { OpenBrowserOptions } from './open-browser.js';
export { parseScopes } from './parse-scopes.js';
export { listenForRedirect } from './redirect-listener.js';
export { listenOnFirstFree, splitRedirectUris } from './listen-on-first-free.js';
export type { RedirectListener, RedirectListenerOptions } from './redirect-listener.js';
export { runAuthorizationCodeFlow } from './run-authorization-code-flow.js';
export type { AuthorizationCodeFlowConfig, AuthorizationCodeFlowOptions } from './run-authorization-code-flow.js';
export type { OAuthTokens } from './token-response.js';
export { V3_SCOPES, V3_SCOPES_DOC_URL } from './v3-scopes.js';
export { DEFAULT_V5_SCOPES, V5_SCOPES, V5_SCOPES_DOC_URL } from './v5-scopes.js';
export type { ScopeInfo } from './scope-info.js';
export { ArgumentError } from '@pinkit/arguments';
