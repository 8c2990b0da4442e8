import { createServer } from 'node:net';
import { maskUrl } from '../config/mask-url.js';
import { check, type DoctorCheck } from './doctor-check.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether something already listens on `port` of `host` (the sign-in's callback would not start). */
function portBusy(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/**
 * The redirect URI the browser sign-in listens on: it must parse, carry no fragment (Pinterest
 * refuses one), and, on this machine, have its port free.
 */
export async function redirectCheck(redirectUri: string): Promise<DoctorCheck[]> {
  const shown = maskUrl(redirectUri);
  const fix = 'set PINTEREST_REDIRECT_URI to a URL such as http://localhost:8085/ that your app lists as a redirect URI';
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return [check('redirect-uri', 'fail', `PINTEREST_REDIRECT_URI is not a URL: ${shown}`, fix)];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return [check('redirect-uri', 'fail', `${shown} is not http: or https:`, fix)];
  }
  if (redirectUri.includes('#')) return [check('redirect-uri', 'fail', `${shown} has a fragment (#...), which OAuth refuses`, fix)];
  if (!LOOPBACK.has(url.hostname)) return [check('redirect-uri', 'ok', `${shown} (not on this machine: its port is not checked)`)];
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname === '[::1]' ? '::1' : url.hostname === 'localhost' ? '127.0.0.1' : url.hostname;
  const busy = await portBusy(host, port);
  if (busy === 'EADDRINUSE') {
    return [
      check(
        'redirect-uri',
        'fail',
        `port ${port} of ${shown} is in use: the sign-in could not receive Pinterest's answer`,
        `stop what listens on port ${port}, or ${fix}`,
      ),
    ];
  }
  if (busy) return [check('redirect-uri', 'warn', `could not listen on port ${port} of ${shown} (${busy})`, fix)];
  return [check('redirect-uri', 'ok', `${shown}, port ${port} free`)];
}
