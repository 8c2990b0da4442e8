import type { IncomingMessage } from 'node:http';
import { ProxyError } from './errors.js';

// The status line is the proxy's text; one short printable line of it is enough to quote.
const quoted = (text: string | undefined) => (text ?? '').replace(/[^\x20-\x7e]/g, '').slice(0, 80);

function hostOf(location: string | undefined): string | undefined {
  try {
    return location === undefined ? undefined : new URL(location).host;
  } catch {
    return undefined;
  }
}

/**
 * What a proxy's refusal to carry a request means, for the user who set `variable`: 407 is its
 * credentials, 403 its policy, a redirect a login page (a captive portal) rather than a tunnel.
 * Only the redirect's host is named: its query may carry a session.
 */
export function proxyRefusal(proxy: URL, target: string, response: IncomingMessage, variable: string): ProxyError {
  const status = response.statusCode ?? 0;
  const line = `${status} ${quoted(response.statusMessage)}`.trim();
  const where = `The proxy ${proxy.host}`;
  let message: string;
  if (status === 407) {
    message = `${where} refused to connect to ${target}: ${line} - the user and password in ${variable} are missing or not accepted (http://user:password@host:port).`;
  } else if (status === 403) {
    message = `${where} refused to connect to ${target}: ${line} - the proxy does not allow this host; ask its administrator, or list the host in NO_PROXY if it is reachable directly.`;
  } else if (status >= 300 && status < 400) {
    const host = hostOf(response.headers.location);
    message = `${where} answered CONNECT ${target} with ${line}${host ? `, a redirect to ${host}` : ', a redirect'}, not a tunnel - usually a sign-in page of the network; sign in there or check ${variable}.`;
  } else {
    message = `${where} refused to connect to ${target}: ${line}.`;
  }
  return new ProxyError(message, 'ERR_PROXY_CONNECT', status);
}
