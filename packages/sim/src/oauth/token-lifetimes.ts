// Pinterest's documented defaults: access tokens live 30 days, refresh tokens 365 days
// (`expires_in: 2592000`, `refresh_token_expires_in: 31536000` in its token answers).
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
export const DEFAULT_REFRESH_TOKEN_TTL_SECONDS = 365 * 24 * 60 * 60;

/** Authorization codes are short-lived by design; a user who waits longer must authorize again. */
export const AUTHORIZATION_CODE_TTL_SECONDS = 10 * 60;
