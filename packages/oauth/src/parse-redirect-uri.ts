import { InvalidRedirectUriError } from './errors.js';

/** Where the loopback listener binds for a redirect URI. */
export interface RedirectTarget {
  port: number;
  /** The only path that counts as the callback. */
  path: string;
  /** Addresses that must be bound. */
  hosts: string[];
  /** Addresses bound when the machine has them (`::1` for `localhost`). */
  optionalHosts: string[];
}

/**
 * Reads a redirect URI such as `http://localhost:8085/` into the loopback addresses to bind.
 * Only this machine may receive the authorization code, so other hosts are refused; `localhost`
 * binds 127.0.0.1 and, where IPv6 exists, ::1, because browsers resolve it to either.
 */
export function parseRedirectUri(redirectUri: string): RedirectTarget {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    throw new InvalidRedirectUriError(redirectUri, 'it is not a URL');
  }
  // RFC 6749 3.1.2 forbids a fragment: Pinterest would append the code after it, where the
  // browser keeps it to itself, and the listener would wait its whole timeout for nothing.
  if (redirectUri.includes('#')) throw new InvalidRedirectUriError(redirectUri, 'a redirect URI must not have a fragment (#...)');
  if (url.protocol !== 'http:')
    throw new InvalidRedirectUriError(redirectUri, 'only http:// loopback addresses can be served without a certificate');
  const host = url.hostname.toLowerCase();
  const port = url.port === '' ? 80 : Number(url.port);
  const path = url.pathname || '/';
  if (host === 'localhost') return { port, path, hosts: ['127.0.0.1'], optionalHosts: ['::1'] };
  if (host === '127.0.0.1') return { port, path, hosts: ['127.0.0.1'], optionalHosts: [] };
  if (host === '[::1]') return { port, path, hosts: ['::1'], optionalHosts: [] };
  throw new InvalidRedirectUriError(
    redirectUri,
    'the host must be localhost, 127.0.0.1 or [::1], so that only this machine receives the authorization code',
  );
}
