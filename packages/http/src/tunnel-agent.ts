import { request as httpRequest, type ClientRequestArgs, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest, type AgentOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { TransportTimeoutError } from './errors.js';
import { proxyAuthorization } from './proxy-settings.js';
import { proxyRefusal } from './proxy-refusal.js';

/**
 * An https agent whose connections are CONNECT tunnels through `proxy`: the proxy sees the
 * target host and port, never the request, and TLS runs end to end with the target. Tunnels are
 * pooled and kept alive like direct connections.
 */
export class TunnelAgent extends HttpsAgent {
  readonly #proxy: URL;
  readonly #connectTimeoutMs: number;

  /** `connectTimeoutMs` bounds reaching the proxy and its answer to CONNECT together. */
  constructor(proxy: URL, options: AgentOptions & { connectTimeoutMs: number }) {
    const { connectTimeoutMs, ...agentOptions } = options;
    super(agentOptions);
    this.#proxy = proxy;
    this.#connectTimeoutMs = connectTimeoutMs;
  }

  override createConnection(
    options: ClientRequestArgs,
    callback?: (error: Error | null, socket: Duplex) => void,
  ): Duplex | null | undefined {
    const done = callback ?? (() => {});
    const target = `${options.host}:${options.port}`;
    const proxy = this.#proxy;
    const authorization = proxyAuthorization(proxy);
    const connect = (proxy.protocol === 'https:' ? httpsRequest : httpRequest)({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: target,
      agent: false,
      // An https proxy is checked against the same trusted roots as the targets.
      ...(this.options.ca === undefined ? {} : { ca: this.options.ca }),
      headers: { host: target, ...(authorization ? { 'proxy-authorization': authorization } : {}) },
    });
    // The request waiting for this tunnel has no socket yet, so its own timers cannot reach the
    // exchange: a proxy that accepts the connection and never answers CONNECT is bounded here.
    const limit = this.#connectTimeoutMs;
    const timer = setTimeout(
      () => connect.destroy(new TransportTimeoutError('connect', `${target} through the proxy ${proxy.host}`, limit)),
      limit,
    );
    timer.unref();
    connect.once('connect', (response: IncomingMessage, socket) => {
      clearTimeout(timer);
      if (response.statusCode !== 200) {
        socket.destroy();
        done(proxyRefusal(proxy, target, response, 'HTTPS_PROXY'), socket);
        return;
      }
      // `path` is the request's path, which tls.connect would take for a Unix socket.
      const { path: _path, host: _host, port: _port, ...tls } = options as ClientRequestArgs & { servername?: string };
      done(null, tlsConnect({ ...tls, socket, servername: tls.servername ?? String(options.host) } as ConnectionOptions));
    });
    connect.once('error', (error) => {
      clearTimeout(timer);
      done(error, connect.socket as Duplex);
    });
    connect.end();
    return undefined;
  }
}
