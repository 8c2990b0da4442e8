import { randomBytes } from 'node:crypto';
import { argumentsOf } from '@pinkit/arguments';
import { checkScopes, secret, uri } from './oauth-arguments.js';

const check = argumentsOf('buildAuthorizeUrl');

export interface AuthorizeUrlOptions {
  /** Pinterest's web host, e.g. https://www.pinterest.com (`PINTEREST_OAUTH_URI`). */
  oauthUri: string;
  /** The app id (`PINTEREST_APP_ID`). */
  clientId: string;
  /** Exactly as registered for the app; the token exchange must send the same string. */
  redirectUri: string;
  /** Omitted from the URL when empty (v3 then grants every scope approved for the app). */
  scopes: readonly string[];
  /** From createState(); the redirect must bring it back unchanged. */
  state: string;
  /** v5 tokens are always refreshable; default true. */
  refreshable?: boolean;
}

// Keeps `:` readable in scope names (`boards:read`), as Pinterest's own examples show them; it
// is a legal query character, unlike `&`, `=` or `#`, which stay encoded.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':');
}

/**
 * The page that asks the user to authorize the app:
 * `{oauthUri}/oauth/?consumer_id=..&redirect_uri=..&response_type=code&refreshable=true&scope=a,b&state=..`.
 */
export function buildAuthorizeUrl(options: AuthorizeUrlOptions): string {
  check.object(options, 'options');
  check.httpUrl(options.oauthUri, 'options.oauthUri');
  check.string(options.clientId, 'options.clientId', secret);
  check.string(options.redirectUri, 'options.redirectUri', uri);
  checkScopes(check, options.scopes, 'options.scopes');
  check.string(options.state, 'options.state', secret);
  check.boolean(options.refreshable, 'options.refreshable', { optional: true });
  const params = [
    `consumer_id=${encodeURIComponent(options.clientId)}`,
    `redirect_uri=${encodeURIComponent(options.redirectUri)}`,
    'response_type=code',
    `refreshable=${options.refreshable ?? true}`,
    ...(options.scopes.length > 0 ? [`scope=${options.scopes.map(encode).join(',')}`] : []),
    `state=${encodeURIComponent(options.state)}`,
  ];
  return `${options.oauthUri.replace(/\/+$/, '')}/oauth/?${params.join('&')}`;
}

/** An unguessable OAuth `state` (256 random bits, URL-safe), fresh for every authorization. */
export function createState(): string {
  return randomBytes(32).toString('base64url');
}
