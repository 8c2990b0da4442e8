import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type RequestOptions } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { argumentsOf } from '@pinkit/arguments';
import type { FetchLikeInit } from './fetch-like.js';
import { TransportTimeoutError, type TransportPhase } from './errors.js';
import { NodeResponse } from './node-response.js';
import { proxyRefusal } from './proxy-refusal.js';
import { proxyAuthorization, proxyFor, readProxySettings, type ProxyEnv } from './proxy-settings.js';
import { requestBody, type RequestBody } from './request-body.js';
import { loadSecureModules, type SecureModules } from './secure-modules.js';
import { createTunnelAgent } from './tunnel-agent.js';

export interface NodeFetchOptions {
  /** Most bytes of one response body read (after decompression); more rejects with ResponseTooLargeError. Default 64 MiB. */
  maxBodyBytes?: number;
  /** Where `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` are read, once, now. Default `process.env`. */
  proxyEnv?: ProxyEnv;
  /** Certificates to trust besides Node's own roots, e.g. a corporate root CA, for targets and https proxies. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Longest wait for a new connection to open; longer rejects with TransportTimeoutError (`connect`). Default 10 s. */
  connectTimeoutMs?: number;
  /** Longest wait from the request's start to the response headers (`headers`). Default 30 s. */
  headersTimeoutMs?: number;
  /** Longest wait from the headers to the body's end, however steadily it trickles (`body`). Default 120 s. */
  bodyTimeoutMs?: number;
}

/** The three phase timeouts of `createNodeFetch`, which clients built on it pass through. */
export type TransportTimeouts = Pick<NodeFetchOptions, 'connectTimeoutMs' | 'headersTimeoutMs' | 'bodyTimeoutMs'>;

// setTimeout fires at once (with a warning) past 2^31-1 ms; a longer limit would be no limit at all.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const create = argumentsOf('createNodeFetch');
/** Far more than a bundle of every public root certificate (about 200 kB). */
const MAX_CA_LENGTH = 1024 * 1024;
const fetching = argumentsOf('nodeFetch');

function phaseLimit(name: keyof TransportTimeouts, value: number | undefined, fallback: number): number {
  return create.number(value, `options.${name}`, { optional: true, min: 1, max: MAX_TIMEOUT_MS }) ?? fallback;
}

function checkOptions(options: NodeFetchOptions): void {
  create.object(options, 'options');
  create.integer(options.maxBodyBytes, 'options.maxBodyBytes', { optional: true, min: 1 });
  create.object(options.proxyEnv, 'options.proxyEnv', { optional: true });
  const { ca } = options;
  const certificates = ca === undefined ? [] : Array.isArray(ca) ? ca : [ca];
  certificates.forEach((certificate) => {
    const pem = typeof certificate === 'string' && certificate !== '' && certificate.length <= MAX_CA_LENGTH;
    if (!pem && !Buffer.isBuffer(certificate)) create.fail('options.ca', 'PEM text (up to 1 MB) or a Buffer, or a list of them', ca);
  });
}

/** The URL to fetch: absolute http(s), given as a string (a signed storage URL can be long, never multi-line). */
function targetUrl(input: unknown): URL {
  const text = fetching.string(input, 'url', { maxLength: 65_536, singleLine: true });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fetching.fail('url', 'an absolute http: or https: URL', input);
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : fetching.fail('url', 'an absolute http: or https: URL', input);
}

/** A `FetchLike` whose responses are `NodeResponse`s. */
export type NodeFetch = (url: string, init?: FetchLikeInit) => Promise<NodeResponse>;

/** The body decompressed; node:zlib is loaded only when a response is compressed. */
async function decoded(message: IncomingMessage): Promise<Readable> {
  const encoding = message.headers['content-encoding']?.trim().toLowerCase();
  if (!encoding || !['gzip', 'x-gzip', 'deflate', 'br'].includes(encoding)) return message;
  const zlib = await import('node:zlib');
  // Lenient like browsers and undici: a body whose gzip trailer is cut short still decodes.
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoder =
    encoding === 'br' ? zlib.createBrotliDecompress() : encoding === 'deflate' ? zlib.createInflate() : zlib.createGunzip(flush);
  message.on('error', (error) => decoder.destroy(error));
  return message.pipe(decoder);
}

async function writeBody(request: ReturnType<typeof httpRequest>, body: RequestBody): Promise<void> {
  for (const part of body.parts) {
    const chunks = part instanceof Blob ? (part.stream() as unknown as AsyncIterable<Uint8Array>) : [part];
    for await (const chunk of chunks) {
      if (!request.write(chunk)) await once(request, 'drain');
    }
  }
  request.end();
}

/**
 * A `fetch` over `node:http` and `node:https`, for one client: its own keep-alive connection
 * pools, the proxy variables read once, response bodies bounded. Redirects are returned, never
 * followed (`redirect: 'error'` rejects them), so a bearer token never travels to another host.
 */
export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  checkOptions(options);
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const proxies = readProxySettings(options.proxyEnv ?? process.env);
  const httpAgent = new HttpAgent({ keepAlive: true });
  const tunnels = new Map<string, HttpsAgent>();
  const limits: Record<TransportPhase, number> = {
    connect: phaseLimit('connectTimeoutMs', options.connectTimeoutMs, 10_000),
    headers: phaseLimit('headersTimeoutMs', options.headersTimeoutMs, 30_000),
    body: phaseLimit('bodyTimeoutMs', options.bodyTimeoutMs, 120_000),
  };

  // The https agent and the trusted roots are made on the first request that needs TLS.
  let secure: { modules: SecureModules; agent: HttpsAgent; tls: { ca?: Array<string | Buffer> } } | undefined;
  async function loadSecure(): Promise<NonNullable<typeof secure>> {
    if (secure) return secure;
    const modules = await loadSecureModules();
    // Node's `ca` option replaces the default roots; a corporate CA is meant to be added to them.
    const tls = options.ca === undefined ? {} : { ca: [...modules.tls.rootCertificates, ...[options.ca].flat()] };
    secure ??= { modules, agent: new modules.https.Agent({ keepAlive: true, ...tls }), tls };
    return secure;
  }

  type Route = RequestOptions & { send: typeof httpRequest; forwardedBy?: URL };
  async function route(url: URL, headers: OutgoingHttpHeaders): Promise<Route> {
    const proxy = proxyFor(url, proxies);
    const needsTls = url.protocol === 'https:' || proxy?.protocol === 'https:';
    const tls = needsTls ? await loadSecure() : undefined;
    if (!proxy) return tls ? { send: tls.modules.https.request, agent: tls.agent } : { send: httpRequest, agent: httpAgent };
    if (tls && url.protocol === 'https:') {
      let tunnel = tunnels.get(proxy.href);
      if (!tunnel) {
        tunnel = createTunnelAgent(tls.modules, proxy, { keepAlive: true, connectTimeoutMs: limits.connect, ...tls.tls });
        tunnels.set(proxy.href, tunnel);
      }
      return { send: tls.modules.https.request, agent: tunnel };
    }
    // Plain http through a proxy: the request goes to the proxy with the absolute URL as path
    // (and Host still naming the target), over the pool of connections to the proxy.
    const authorization = proxyAuthorization(proxy);
    if (authorization) headers['proxy-authorization'] = authorization;
    headers.host = url.host;
    return {
      send: tls ? tls.modules.https.request : httpRequest,
      agent: tls ? tls.agent : httpAgent,
      forwardedBy: proxy,
      protocol: proxy.protocol,
      // `hostname`, not `host`: node:http takes the URL's hostname over an option's `host`, and
      // would look the target up and connect to it directly.
      hostname: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: proxy.port || (tls ? 443 : 80),
      path: url.href,
    };
  }

  return async function nodeFetch(input: string, init: FetchLikeInit = {}): Promise<NodeResponse> {
    const url = targetUrl(input);
    fetching.object(init, 'init');
    fetching.object(init.headers, 'init.headers', { optional: true });
    const { signal } = init;
    fetching.signal(signal, 'init.signal', { optional: true });
    signal?.throwIfAborted();
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
    const body = init.body === undefined ? undefined : requestBody(init.body);
    if (body?.contentType && headers['content-type'] === undefined) headers['content-type'] = body.contentType;
    if (body) headers['content-length'] = body.length;
    headers.accept ??= '*/*';
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    const { send, forwardedBy, ...target } = await route(url, headers);
    const request = send(url, { ...target, method: (init.method ?? 'GET').toUpperCase(), headers });
    let message: IncomingMessage | undefined = undefined;
    // A request waiting for a socket (a tunnel being opened) learns of its own destruction only
    // once the socket comes, if ever: before the headers every failure also settles this promise.
    let failBeforeHeaders: (error: Error) => void = () => {};
    const failed = new Promise<never>((_resolve, reject) => (failBeforeHeaders = reject));
    // Before the headers the request carries the failure; after them, the body being read.
    const stop = (error: Error) => {
      (message ?? request).destroy(error);
      if (!message) failBeforeHeaders(error);
    };
    const abort = () => stop(signal?.reason as Error);
    signal?.addEventListener('abort', abort, { once: true });
    const release = () => signal?.removeEventListener('abort', abort);
    request.once('close', release);
    // Each phase has its own bound, so a hung server is named as such instead of surfacing, minutes
    // later, as the kernel's connection timeout.
    const timeout = (phase: TransportPhase) => {
      const timer = setTimeout(() => stop(new TransportTimeoutError(phase, url.host, limits[phase])), limits[phase]);
      timer.unref();
      return () => clearTimeout(timer);
    };
    const stopHeaders = timeout('headers');
    request.once('close', stopHeaders);
    request.once('socket', (socket) => {
      if (!socket.connecting) return; // a kept-alive connection
      const stopConnect = timeout('connect');
      socket.once('connect', stopConnect);
      request.once('close', stopConnect);
    });
    if (body) writeBody(request, body).catch((error: unknown) => request.destroy(error as Error));
    else request.end();

    const answered = once(request, 'response') as Promise<[IncomingMessage]>;
    answered.catch(() => {}); // when `failed` wins the race
    [message] = await Promise.race([answered, failed]);
    stopHeaders();
    message.once('close', timeout('body'));
    // The abort listener must outlive the headers: the body is still to come. From here on a
    // broken connection is reported by the response stream, so the request's own 'error' is not.
    request.off('close', release);
    request.on('error', () => {});
    message.once('close', release);
    const status = message.statusCode ?? 0;
    if (init.redirect === 'error' && status >= 300 && status < 400) {
      message.destroy();
      throw new TypeError(`${request.method} ${url.origin}${url.pathname} answered ${status}: a redirect, and this request allows none.`);
    }
    if (forwardedBy && status === 407) {
      message.destroy();
      throw proxyRefusal(forwardedBy, url.host, message, 'HTTP_PROXY');
    }
    const empty = request.method === 'HEAD' || status === 204 || status === 304;
    return new NodeResponse(message, empty ? message : await decoded(message), { url: url.href, maxBodyBytes, method: request.method });
  };
}
