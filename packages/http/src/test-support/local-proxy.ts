import { createServer, request, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { TEST_CERT, TEST_KEY } from './test-certificate.js';

export interface ProxiedRequest {
  /** `CONNECT` for a tunnel, else the forwarded request's method. */
  method: string;
  /** `host:port` for a tunnel, the absolute URL for a forwarded request. */
  target: string;
  headers: IncomingHttpHeaders;
}

/**
 * A minimal forward proxy on loopback, as a corporate proxy behaves: plain-http requests with an
 * absolute URL are forwarded, CONNECT opens a TCP tunnel. With `credentials` (`user:password`)
 * it answers 407 unless `Proxy-Authorization` carries them. With `tls` clients reach the proxy
 * itself over https (with the test certificate). `connectAnswer` replaces the tunnel with a fixed
 * raw answer to every CONNECT (`'silent'`: accept the connection and never answer); `forwardTo`
 * sends every forwarded request to that origin, whatever host its URL names.
 */
export async function startLocalProxy(options: { credentials?: string; tls?: boolean; connectAnswer?: string; forwardTo?: string } = {}) {
  const seen: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const expected = options.credentials ? `Basic ${Buffer.from(options.credentials).toString('base64')}` : undefined;
  const allowed = (headers: IncomingHttpHeaders) => expected === undefined || headers['proxy-authorization'] === expected;
  const forward: RequestListener = (req, res) => {
    seen.push({ method: req.method ?? '', target: req.url ?? '', headers: req.headers });
    if (!allowed(req.headers)) return void res.writeHead(407, { 'proxy-authenticate': 'Basic' }).end();
    const { 'proxy-authorization': _credentials, ...headers } = req.headers;
    const asked = new URL(req.url ?? '');
    const url = options.forwardTo ? new URL(`${asked.pathname}${asked.search}`, options.forwardTo).href : asked.href;
    const upstream = request(url, { method: req.method ?? 'GET', headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  };
  const server = options.tls ? createTlsServer({ cert: TEST_CERT, key: TEST_KEY }, forward) : createServer(forward);
  server.on('connect', (req, client: Socket) => {
    seen.push({ method: 'CONNECT', target: req.url ?? '', headers: req.headers });
    sockets.add(client);
    if (options.connectAnswer === 'silent') return;
    if (options.connectAnswer !== undefined) return void client.end(options.connectAnswer);
    if (!allowed(req.headers)) return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
    const [host, port] = (req.url ?? '').split(/:(?=\d+$)/);
    const upstream = connect(Number(port), host ?? '', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on(options.tls ? 'secureConnection' : 'connection', (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => (sockets.forEach((socket) => socket.destroy()), server.close(() => resolve()))),
  };
}
