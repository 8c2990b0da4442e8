import { request as httpRequest, type ClientRequestArgs, type IncomingMessage } from 'node:http';
import type { Agent as HttpsAgent, AgentOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import type { ConnectionOptions } from 'node:tls';
import type { SecureModules } from './secure-modules.js';
import { TransportTimeoutError } from './errors.js';
import { proxyAuthorization } from './proxy-settings.js';
import { proxyRefusal } from './proxy-refusal.js';

/**
 * An https agent whose connections are CONNECT tunnels through `proxy`: the proxy sees the
 * target host and port, never the request, and TLS runs end to end with the target. Tunnels are
 * pooled and kept alive like direct connections. `connectTimeoutMs` bounds reaching the proxy and
 * its answer to CONNECT together. Made from the TLS modules the caller loaded (only when some
 * request needs them), hence a factory rather than a subclass of their Agent.
 */
export function createTunnelAgent(
  { https, tls: tlsModule }: SecureModules,
  proxy: URL,
  settings: AgentOptions & { connectTimeoutMs: number },
): HttpsAgent {
  const { connectTimeoutMs: limit, ...agentOptions } = settings;
  const agent = new https.Agent(agentOptions);
  agent.createConnection = (options: ClientRequestArgs, callback?: (error: Error | null, socket: Duplex) => void) => {
    const done = callback ?? (() => {});
    const target = `${options.host}:${options.port}`;
    const authorization = proxyAuthorization(proxy);
    const connect = (proxy.protocol === 'https:' ? https.request : httpRequest)({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: target,
      agent: false,
      // An https proxy is checked against the same trusted roots as the targets.
      ...(agentOptions.ca === undefined ? {} : { ca: agentOptions.ca }),
      headers: { host: target, ...(authorization ? { 'proxy-authorization': authorization } : {}) },
    });
    // The request waiting for this tunnel has no socket yet, so its own timers cannot reach the
    // exchange: a proxy that accepts the connection and never answers CONNECT is bounded here.
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
      done(null, tlsModule.connect({ ...tls, socket, servername: tls.servername ?? String(options.host) } as ConnectionOptions));
    });
    connect.once('error', (error) => {
      clearTimeout(timer);
      done(error, connect.socket as Duplex);
    });
    connect.end();
    return undefined;
  };
  return agent;
}
