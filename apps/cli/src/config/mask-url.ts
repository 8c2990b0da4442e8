const MASK = '[REDACTED]';

/**
 * `value`, a URL as a user set it, fit for a message: the `user:password@` masked, and every value
 * of the query string and the fragment, which may carry a token or an app secret
 * (`?access_token=...&client_secret=...`). The names stay, so the user sees what to remove.
 */
export function maskUrl(value: string): string {
  const login = value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/i, `$1${MASK}@`);
  const hashAt = login.indexOf('#');
  const beforeHash = hashAt === -1 ? login : login.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : `#${MASK}`;
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return `${beforeHash}${fragment}`;
  const query = beforeHash
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => (pair === '' ? '' : pair.includes('=') ? `${pair.slice(0, pair.indexOf('='))}=${MASK}` : MASK))
    .join('&');
  return `${beforeHash.slice(0, queryAt)}?${query}${fragment}`;
}
