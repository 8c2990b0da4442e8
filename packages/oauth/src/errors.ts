// Every message here is shown to the user as is: it says what happened and what to do, and
// never contains a token, an authorization code or the app secret.

/** Base of every error this package throws. */
export class OAuthError extends Error {
  override name = 'OAuthError';
}

/** A scope name that is neither a scope of the chosen API version nor one of its aliases. */
export class UnknownScopeError extends OAuthError {
  override name = 'UnknownScopeError';
  readonly scope: string;
  readonly version: '3' | '5';
  readonly validScopes: readonly string[];
  constructor(scope: string, version: '3' | '5', validScopes: readonly string[]) {
    super(`Unknown OAuth scope "${scope}" for Pinterest API v${version}. Valid scopes: ${validScopes.join(', ')}.`);
    this.scope = scope;
    this.version = version;
    this.validScopes = validScopes;
  }
}

/** App id or secret missing: nothing can be exchanged without them. */
export class MissingAppCredentialsError extends OAuthError {
  override name = 'MissingAppCredentialsError';
  constructor() {
    super(
      'No Pinterest app credentials: set PINTEREST_APP_ID and PINTEREST_APP_SECRET ' +
        '(from your app at https://developers.pinterest.com/apps/).',
    );
  }
}

/** The redirect URI cannot be served by a loopback listener. */
export class InvalidRedirectUriError extends OAuthError {
  override name = 'InvalidRedirectUriError';
  readonly redirectUri: string;
  constructor(redirectUri: string, why: string) {
    super(
      `Cannot listen for the OAuth redirect at ${redirectUri}: ${why}. ` +
        'Set PINTEREST_REDIRECT_URI to an http://localhost:PORT/ address that is also registered as a redirect URI of your app.',
    );
    this.redirectUri = redirectUri;
  }
}

/** Another program holds the redirect port (or the port needs privileges we lack). */
export class RedirectPortBusyError extends OAuthError {
  override name = 'RedirectPortBusyError';
  readonly port: number;
  readonly host: string;
  /** The socket error code: `EADDRINUSE` or `EACCES`. */
  readonly code: string;
  constructor(init: { port: number; host: string; code: string; cause: unknown }) {
    const what = init.code === 'EACCES' ? `needs administrator rights on this machine` : `is already in use by another program`;
    super(
      `Port ${init.port} (${init.host}) ${what}, so the OAuth redirect cannot be received. ` +
        'Stop the program that uses it, or set PINTEREST_REDIRECT_URI to another port; ' +
        "it must match a redirect URI in your app's settings on developers.pinterest.com.",
      { cause: init.cause },
    );
    this.port = init.port;
    this.host = init.host;
    this.code = init.code;
  }
}

/** Every redirect URI of the list has its port taken: nothing can receive the browser's answer. */
export class RedirectPortsBusyError extends OAuthError {
  override name = 'RedirectPortsBusyError';
  readonly redirectUris: readonly string[];
  constructor(redirectUris: readonly string[], causes: readonly RedirectPortBusyError[]) {
    super(
      `Every redirect port is in use (${redirectUris.join(', ')}), so the OAuth redirect cannot be received. ` +
        'Stop a program that uses one of them, or add another redirect URI to PINTEREST_REDIRECT_URI ' +
        "and to your app's settings on developers.pinterest.com.",
      { cause: causes[0] },
    );
    this.redirectUris = [...redirectUris];
  }
}

/** The redirect's `state` is not the one we sent: an old tab, or a forged request. */
export class StateMismatchError extends OAuthError {
  override name = 'StateMismatchError';
  constructor() {
    super(
      'The browser came back with a different OAuth state than the one sent (an old browser tab, or a forged request), ' +
        'so the answer was ignored. Run the command again.',
    );
  }
}

/** Pinterest redirected back with `error=` instead of a code. */
export class AuthorizationDeniedError extends OAuthError {
  override name = 'AuthorizationDeniedError';
  /** The OAuth `error` value, e.g. `access_denied`. */
  readonly error: string;
  readonly errorDescription: string | undefined;
  constructor(error: string, errorDescription: string | undefined) {
    const detail = errorDescription ? `: ${errorDescription}` : '';
    super(
      error === 'access_denied'
        ? `The app was not authorized: access was declined in the browser (access_denied${detail}). ` +
            'Run the command again and choose "Give access".'
        : `Pinterest did not authorize the app (${error}${detail}). ` +
            'Check the app id, the scopes and the redirect URI, then run the command again.',
    );
    this.error = error;
    this.errorDescription = errorDescription;
  }
}

/** The redirect carried neither `code` nor `error`. */
export class MissingAuthorizationCodeError extends OAuthError {
  override name = 'MissingAuthorizationCodeError';
  constructor() {
    super('The browser came back to the redirect URI without an authorization code. Run the command again.');
  }
}

function describeDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return ms === 60_000 ? '1 minute' : `${ms / 60_000} minutes`;
  if (ms >= 1000 && ms % 1000 === 0) return ms === 1000 ? '1 second' : `${ms / 1000} seconds`;
  return `${ms} ms`;
}

/** Nobody came back from the browser in time. */
export class OAuthTimeoutError extends OAuthError {
  override name = 'OAuthTimeoutError';
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`No answer from the browser within ${describeDuration(timeoutMs)}; run the command again, or raise --timeout.`);
    this.timeoutMs = timeoutMs;
  }
}

/** What a token request was for. */
export type TokenOperation = 'authorization_code' | 'refresh_token' | 'client_credentials' | 'revoke';

/** Pinterest refused a token request (400/401/403) or answered without a token. */
export class TokenExchangeError extends OAuthError {
  override name = 'TokenExchangeError';
  readonly operation: TokenOperation;
  /** HTTP status; undefined when the answer was 2xx but unusable. */
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  /** Pinterest's own message, redacted. */
  readonly pinterestMessage: string | undefined;
  constructor(
    message: string,
    init: { operation: TokenOperation; status?: number; requestId?: string; pinterestMessage?: string; cause?: unknown },
  ) {
    super(message, { cause: init.cause });
    this.operation = init.operation;
    this.status = init.status;
    this.requestId = init.requestId;
    this.pinterestMessage = init.pinterestMessage;
  }
}

/**
 * A 2xx token answer with a field of the wrong type or shape (`expires_in: "abc"`, a token with a
 * line break). The message names the field, never its value: the value may be a token.
 */
export class TokenResponseError extends TokenExchangeError {
  override name = 'TokenResponseError';
  /** The offending field, e.g. `expires_in` or `data.refresh_token`. */
  readonly field: string;
  constructor(field: string, expected: string, operation: TokenOperation) {
    super(
      `Pinterest's token answer has an unusable "${field}" (expected ${expected}), so no token from it was kept; ` +
        'try again, and check PINTEREST_API_URI if it keeps happening.',
      { operation },
    );
    this.field = field;
  }
}
