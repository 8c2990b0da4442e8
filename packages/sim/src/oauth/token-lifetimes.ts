// Pinterest's documented defaults: access tokens live 30 days (`expires_in: 2592000`). Refresh
// tokens are continuous since 2025: each lives 60 days (`refresh_token_expires_in: 5184000`) and
// every refresh hands out a new one; the 365-day refresh token is retired (`oauth/token` in the
// official description).
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
export const DEFAULT_REFRESH_TOKEN_TTL_SECONDS = 60 * 24 * 60 * 60;

/** Authorization codes are short-lived by design; a user who waits longer must authorize again. */
export const AUTHORIZATION_CODE_TTL_SECONDS = 10 * 60;
