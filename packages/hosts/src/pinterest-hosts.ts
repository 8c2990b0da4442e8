// Pinterest's hosts, for clients' defaults. Reading them from the environment is the
// application's job (the CLI's configuration module), not this package's.

export const PINTEREST_API_URI = 'https://api.pinterest.com';
export const PINTEREST_SANDBOX_API_URI = 'https://api-sandbox.pinterest.com';
export const PINTEREST_OAUTH_URI = 'https://www.pinterest.com';
/** The quickstart's OAuth redirect: a loopback listener on port 8085. */
export const DEFAULT_REDIRECT_URI = 'http://localhost:8085/';
