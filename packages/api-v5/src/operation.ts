/** What Pinterest's description says about one v5 operation; the table is `V5_OPERATIONS`. */
export interface V5Operation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the v5 base URL, with `{name}` placeholders: `/boards/{board_id}`. */
  readonly path: string;
  /** OAuth scopes a user token needs (all of them); empty for app-authenticated calls. */
  readonly scopes: readonly string[];
  /** The security schemes that may authorise the call (`pinterest_oauth2`, `client_credentials`, `basic`, ...). */
  readonly auth: readonly string[];
  /** `x-ratelimit-category`: calls in one category share one rate limit. */
  readonly rateLimitCategory: string | null;
  /** `x-sandbox`: whether https://api-sandbox.pinterest.com serves the operation. */
  readonly sandbox: 'enabled' | 'disabled';
}
