import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { argumentsOf, type ArgumentChecks } from '@pinkit/arguments';
import { answerCallback, answerOther } from './callback-page.js';
import { secret, uri } from './oauth-arguments.js';
import { OAuthError, OAuthTimeoutError, RedirectPortBusyError, StateMismatchError } from './errors.js';
import { parseRedirectUri } from './parse-redirect-uri.js';
import { readCallback } from './read-callback.js';

export interface RedirectListenerOptions {
  /** The app's redirect URI, e.g. http://localhost:8085/ (`PINTEREST_REDIRECT_URI`). Port 0 picks a free port. */
  redirectUri: string;
  /** The `state` put into the authorize URL. */
  expectedState: string;
  /** Give up after this long. Default 5 minutes. */
  timeoutMs?: number;
  /** Send the browser here after a successful authorization (`REDIRECT_LANDING_URI`). */
  landingUri?: string;
  /** Stops listening; `result` then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface RedirectListener {
  port: number;
  /** The redirect URI to send to Pinterest: the one given, or with the chosen port when it was 0. */
  url: string;
  /** The authorization code, once the browser comes back; rejects with a named error otherwise. */
  result: Promise<{ code: string }>;
  /** Stops listening (a pending `result` rejects). Safe to call more than once. */
  close(): Promise<void>;
}

function bind(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** A day: a sign-in nobody finished by then is not coming. */
const LONGEST_WAIT_MS = 86_400_000;

/** The listener's options, checked under the name of the function the caller called. */
export function checkListenerOptions(check: ArgumentChecks, options: Partial<RedirectListenerOptions>, withRedirectUri = true): void {
  check.object(options, 'options');
  if (withRedirectUri) check.string(options.redirectUri, 'options.redirectUri', uri);
  check.string(options.expectedState, 'options.expectedState', secret);
  check.integer(options.timeoutMs, 'options.timeoutMs', { optional: true, min: 1, max: LONGEST_WAIT_MS });
  check.httpUrl(options.landingUri, 'options.landingUri', { optional: true });
  check.signal(options.signal, 'options.signal', { optional: true });
}

function errorCode(error: unknown): string | undefined {
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

async function shutdown(servers: Server[]): Promise<void> {
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => (server.close(() => resolve()), server.closeAllConnections()))));
}

/**
 * Listens on the loopback redirect address for exactly one OAuth callback. A callback with the
 * expected `state` and a `code` resolves `result`; an `error=` redirect with that state or a
 * timeout rejects it. Requests with another Host, path or state are answered (400/404) and
 * ignored. Either way the browser gets an answer and every socket is then closed.
 * A busy port fails at once with RedirectPortBusyError.
 */
export async function listenForRedirect(options: RedirectListenerOptions): Promise<RedirectListener> {
  checkListenerOptions(argumentsOf('listenForRedirect'), options);
  const target = parseRedirectUri(options.redirectUri);
  const timeoutMs = options.timeoutMs ?? 300_000;
  options.signal?.throwIfAborted();

  let settle!: { resolve: (value: { code: string }) => void; reject: (error: unknown) => void };
  const result = new Promise<{ code: string }>((resolve, reject) => (settle = { resolve, reject }));
  // A caller that closes the listener without awaiting `result` must not crash the process.
  result.catch(() => {});
  const servers: Server[] = [];
  let claimed = false;
  let finished: Promise<void> | undefined;
  const timer = setTimeout(() => void finish({ error: new OAuthTimeoutError(timeoutMs) }), timeoutMs);
  const onAbort = () => void finish({ error: options.signal?.reason });
  options.signal?.addEventListener('abort', onAbort, { once: true });

  function finish(outcome: { code: string } | { error: unknown }): Promise<void> {
    if (finished) return finished;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    finished = shutdown(servers).then(() => ('code' in outcome ? settle.resolve(outcome) : settle.reject(outcome.error)));
    return finished;
  }

  // Set once the port is known: the `host:port` of the redirect URI, as a browser sends it.
  let expectedHost: string | undefined = undefined;
  const sameHost = (header: string | undefined) => {
    try {
      return header !== undefined && new URL(`http://${header}`).host === expectedHost;
    } catch {
      return false;
    }
  };

  // Anything that is not the callback of this sign-in is answered and otherwise ignored, so that
  // another page (or a DNS-rebound site, whose Host is its own name) cannot end the flow.
  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://loopback');
    if (!sameHost(req.headers.host)) return answerOther(res, 400);
    if (url.pathname !== target.path) return answerOther(res, 404);
    if (req.method !== 'GET') return answerOther(res, 405);
    if (claimed || finished) return answerOther(res, 409);
    const outcome = readCallback(url.searchParams, options.expectedState);
    if ('error' in outcome && outcome.error instanceof StateMismatchError) return answerOther(res, 400);
    claimed = true;
    clearTimeout(timer);
    res.once('close', () => void finish('code' in outcome ? { code: outcome.code } : outcome));
    answerCallback(
      res,
      'code' in outcome
        ? { ok: true, ...(options.landingUri ? { landingUri: options.landingUri } : {}) }
        : { ok: false, message: outcome.error.message },
    );
  }

  let port = target.port;
  for (const host of [...target.hosts, ...target.optionalHosts]) {
    const server = createServer(handle);
    try {
      port = await bind(server, host, port);
      servers.push(server);
    } catch (error) {
      const code = errorCode(error);
      const required = target.hosts.includes(host);
      if (code === 'EADDRINUSE' || (required && code === 'EACCES')) {
        await finish({ error });
        throw new RedirectPortBusyError({ port, host, code, cause: error });
      }
      if (required) {
        await finish({ error });
        throw error;
      }
      // An optional address the machine lacks (no IPv6): the required ones still serve.
    }
  }

  if (finished) {
    // Aborted while binding: servers bound after the abort are closed here.
    await shutdown(servers);
    options.signal?.throwIfAborted();
  }

  const given = new URL(options.redirectUri);
  given.port = String(port);
  expectedHost = given.host;
  return {
    port,
    url: target.port === 0 ? given.toString() : options.redirectUri,
    result,
    close: () => finish({ error: new OAuthError('Stopped listening for the OAuth redirect before the browser came back.') }),
  };
}
