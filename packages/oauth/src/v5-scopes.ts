/** One OAuth scope and what it lets the app do, as shown by `--scopes help`. */
export interface ScopeInfo {
  readonly scope: string;
  readonly description: string;
  /** v3 only: a scope that stands for several granular ones (`read_organic`, ...). */
  readonly composite?: boolean;
}

// The 19 scopes of `components.securitySchemes.pinterest_oauth2` in Pinterest's v5 OpenAPI
// description (5.23.0), with its descriptions, in its order.
export const V5_SCOPES: readonly ScopeInfo[] = [
  { scope: 'ads:read', description: 'See all of your advertising data, including ads, ad groups, campaigns etc.' },
  { scope: 'ads:write', description: 'Create, update, or delete ads, ad groups, campaigns etc.' },
  { scope: 'billing:read', description: 'See all of your billing data, billing profile, etc.' },
  { scope: 'billing:write', description: 'Create, update, or delete billing data, billing profiles, etc.' },
  { scope: 'biz_access:read', description: 'See business access data' },
  { scope: 'biz_access:write', description: 'Create, update, or delete business access data' },
  { scope: 'boards:read', description: 'See your public boards, including group boards you join' },
  { scope: 'boards:read_secret', description: 'See your secret boards' },
  { scope: 'boards:write', description: 'Create, update, or delete your public boards' },
  { scope: 'boards:write_secret', description: 'Create, update, or delete your secret boards' },
  { scope: 'catalogs:read', description: 'See all of your catalogs data' },
  { scope: 'catalogs:write', description: 'Create, update, or delete your catalogs data' },
  { scope: 'msot:write', description: 'Create measurement source of truth events' },
  { scope: 'pins:read', description: 'See your public Pins' },
  { scope: 'pins:read_secret', description: 'See your secret Pins' },
  { scope: 'pins:write', description: 'Create, update, or delete your public Pins' },
  { scope: 'pins:write_secret', description: 'Create, update, or delete your secret Pins' },
  { scope: 'user_accounts:read', description: 'See your user accounts and followers' },
  { scope: 'user_accounts:write', description: 'Update your user accounts and followers' },
];

/** What the quickstart asks for when no scopes are given: enough to read the user, pins and boards. */
export const DEFAULT_V5_SCOPES: readonly string[] = ['user_accounts:read', 'pins:read', 'boards:read'];

export const V5_SCOPES_DOC_URL = 'https://developers.pinterest.com/docs/getting-started/scopes/';
