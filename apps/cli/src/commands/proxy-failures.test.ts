import { createServer as createHttpServer, request } from 'node:http';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
beforeAll(async () => (sim = await startSimulator({ boards: 2, pinsPerBoard: 1 })));
afterAll(() => sim.stop());

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A proxy that reads what it is sent and answers every CONNECT with `answer` (never, when undefined). */
async function rawProxy(answer: string | undefined) {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.once('data', (chunk) => {
      requests.push(chunk.toString('latin1').split('\r\n')[0] ?? '');
      if (answer !== undefined) socket.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => (sockets.forEach((socket) => socket.destroy()), server.close(() => resolve()))));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const api = { ACCESS_TOKEN: 'pina_TESTTESTTEST', PINKIT_CONNECT_TIMEOUT: '1', PINTEREST_API_URI: 'https://api.example.test' };

describe('pinkit behind a proxy that fails', () => {
  it('gives up on a proxy that never answers CONNECT after PINKIT_CONNECT_TIMEOUT, exit 1', async () => {
    const silent = await rawProxy(undefined);
    const started = Date.now();
    const run = await runPinkit(['get-user-boards', '-l', '0'], { ...api, HTTPS_PROXY: silent.url });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/connecting to api\.example\.test:443 through the proxy 127\.0\.0\.1:\d+ timed out after 1 s/);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(silent.requests[0]).toBe('CONNECT api.example.test:443 HTTP/1.1');
  });

  it.each([
    ['HTTP/1.1 407 Proxy Authentication Required\r\n\r\n', /407 Proxy Authentication Required - the user and password in HTTPS_PROXY/],
    ['HTTP/1.1 403 Forbidden\r\n\r\n', /403 Forbidden - the proxy does not allow this host/],
    [
      'HTTP/1.1 302 Found\r\nLocation: https://portal.corp.test/login?session=S3SS10N\r\n\r\n',
      /302 Found, a redirect to portal\.corp\.test/,
    ],
  ])('says the proxy refused (%j) and why, once, exit 1', async (answer, why) => {
    const refusing = await rawProxy(answer);
    const run = await runPinkit(['get-user-boards', '-l', '0'], { ...api, HTTPS_PROXY: refusing.url });
    expect(run.code).toBe(1);
    const [line, ...rest] = run.stderr.trim().split('\n');
    expect(rest).toEqual([]);
    expect(line).toMatch(/^pinkit: .*The proxy 127\.0\.0\.1:\d+ /);
    expect(line).toMatch(why);
    expect(line).not.toMatch(/ERR_PROXY_CONNECT|Check PINTEREST_API_URI|S3SS10N/);
    expect(refusing.requests).toEqual(['CONNECT api.example.test:443 HTTP/1.1']);
  });

  it('sends an http:// API URI through HTTP_PROXY without looking its host up', async () => {
    const seen: string[] = [];
    // Forwards whatever host the absolute URL names to the simulator, as a proxy with its own DNS would.
    const proxy = createHttpServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const asked = new URL(req.url ?? '');
      const upstream = request(
        new URL(`${asked.pathname}${asked.search}`, sim.url),
        { method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => (proxy.closeAllConnections(), proxy.close(() => resolve()))));
    const run = await runPinkit(['get-user-boards', '--json', '-l', '0'], {
      ...sim.env(),
      PINTEREST_API_URI: 'http://api.example.test',
      HTTP_PROXY: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(2);
    expect(seen[0]).toMatch(/^GET http:\/\/api\.example\.test\/v5\/boards/);
  });
});
