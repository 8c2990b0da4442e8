import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseDecodeError, ResponseTooLargeError, TransportTimeoutError } from './errors.js';
import type { FetchLikeBody } from './fetch-like.js';
import { createNodeFetch } from './node-fetch.js';
import { startLocalServer, type SeenRequest } from './test-support/local-server.js';

const fetch = createNodeFetch({ proxyEnv: {} });
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function serve(handler: Parameters<typeof startLocalServer>[0]) {
  const server = await startLocalServer(handler);
  cleanups.push(server.close);
  return server;
}

/** A server that answers before reading the request, for tests about the response side alone. */
async function rawServer(handler: (res: ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => handler(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('createNodeFetch', () => {
  it('returns status, status text, headers and a JSON body', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(201, 'Made', { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'], 'x-pinterest-rid': 'rid-1' });
      res.end('{"id":"7"}');
    });
    const response = await fetch(`${server.url}/v5/pins?x=1`, { headers: { Authorization: 'Bearer t' } });
    expect(response).toMatchObject({ status: 201, statusText: 'Made', ok: true });
    expect(response.headers.get('X-Pinterest-Rid')).toBe('rid-1');
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.headers.has('content-type')).toBe(true);
    expect(await response.json()).toEqual({ id: '7' });
    expect(server.seen[0]).toMatchObject({ method: 'GET', url: '/v5/pins?x=1' });
    expect(server.seen[0]?.headers).toMatchObject({ authorization: 'Bearer t', 'accept-encoding': 'gzip, deflate, br' });
  });

  it.each<[string, () => FetchLikeBody, string, string | undefined]>([
    ['a string', () => '{"a":1}', '{"a":1}', 'text/plain;charset=UTF-8'],
    [
      'form fields',
      () => new URLSearchParams({ grant_type: 'refresh_token', scope: 'a b' }),
      'grant_type=refresh_token&scope=a+b',
      'application/x-www-form-urlencoded;charset=UTF-8',
    ],
    ['bytes', () => new TextEncoder().encode('raw'), 'raw', undefined],
    ['a Blob', () => new Blob(['blob body'], { type: 'video/mp4' }), 'blob body', 'video/mp4'],
  ])('sends %s with its length and type', async (_what, makeBody, text, type) => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const response = await fetch(server.url, { method: 'post', body: makeBody() });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const seen = server.seen[0] as SeenRequest;
    expect(seen).toMatchObject({ method: 'POST', body: text });
    expect(seen.headers['content-length']).toBe(String(Buffer.byteLength(text)));
    expect(seen.headers['content-type']).toBe(type);
  });

  it('keeps a Content-Type the caller set', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    await fetch(server.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(server.seen[0]?.headers['content-type']).toBe('application/json');
  });

  it('sends FormData as multipart with the fields in order and the file last', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const form = new FormData();
    form.append('key', 'uploads/77');
    form.append('policy', 'line one\nline "two"');
    form.append('file', new Blob(['fake video bytes'], { type: 'video/mp4' }), 'clip "1".mp4');
    await fetch(server.url, { method: 'POST', body: form });
    const seen = server.seen[0] as SeenRequest;
    const type = String(seen.headers['content-type']);
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.headers['content-length']).toBe(String(Buffer.byteLength(seen.body)));
    // The global Response parses what a browser or undici would have sent (quotes travel as %22); it must agree.
    const parsed = await new Response(seen.body, { headers: { 'content-type': type } }).formData();
    expect([...parsed.keys()]).toEqual(['key', 'policy', 'file']);
    expect(parsed.get('policy')).toBe('line one\r\nline "two"');
    const file = parsed.get('file') as File;
    expect([file.name, file.type, await file.text()]).toEqual(['clip "1".mp4', 'video/mp4', 'fake video bytes']);
  });

  it('decompresses a gzip body', async () => {
    const { url } = await rawServer((res) =>
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' }).end(gzipSync('{"ok":true}')),
    );
    expect(await (await fetch(url)).json()).toEqual({ ok: true });
  });

  it('names the request, without its query, when a body does not decompress or is not JSON', async () => {
    const { url } = await rawServer((res) =>
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' }).end('{"not":"gzip"}'),
    );
    const shown = `GET ${new URL(url).origin}/report`;
    const undecodable = (await fetch(`${url}/report?sig=secret`)).text();
    await expect(undecodable).rejects.toThrow(`The answer of ${shown} could not be decompressed (gzip: incorrect header check)`);
    await expect(undecodable).rejects.toBeInstanceOf(ResponseDecodeError);
    const notJson = await rawServer((res) => res.writeHead(200, { 'content-type': 'application/json' }).end('<html>'));
    const error = await (await fetch(`${notJson.url}/report?sig=secret`)).json().catch((caught: unknown) => caught as Error);
    expect((error as Error).message).toMatch(
      new RegExp(`^The answer of GET ${new URL(notJson.url).origin}/report is not valid JSON \\(Unexpected token`),
    );
    expect((error as Error).message).not.toContain('secret');
  });

  it('returns a redirect instead of following it, and rejects it when asked to', async () => {
    const server = await serve((_req, res) => res.writeHead(302, { location: 'http://elsewhere.test/steal' }).end());
    const response = await fetch(server.url, { headers: { Authorization: 'Bearer secret' } });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://elsewhere.test/steal');
    await expect(fetch(server.url, { redirect: 'error' })).rejects.toThrow(/redirect/);
    expect(server.seen).toHaveLength(2);
  });

  it('stops reading a body past maxBodyBytes, also when it is compressed', async () => {
    const big = 'x'.repeat(200_000);
    const { url } = await rawServer((res) => res.writeHead(200).end(big));
    const small = createNodeFetch({ proxyEnv: {}, maxBodyBytes: 100_000 });
    await expect((await small(url)).text()).rejects.toBeInstanceOf(ResponseTooLargeError);
    const zipped = await rawServer((res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(big)));
    await expect((await small(zipped.url)).text()).rejects.toMatchObject({ name: 'ResponseTooLargeError', limitBytes: 100_000 });
    expect(await (await createNodeFetch({ proxyEnv: {}, maxBodyBytes: 200_000 })(url)).text()).toHaveLength(200_000);
  });

  it('rejects with the abort reason, before the answer and while the body arrives', async () => {
    const { url } = await rawServer((res) => {
      res.writeHead(200);
      res.write('partial');
    });
    const early = new AbortController();
    early.abort(new Error('cancelled early'));
    await expect(fetch(url, { signal: early.signal })).rejects.toThrow('cancelled early');
    const late = new AbortController();
    const response = await fetch(url, { signal: late.signal });
    const reading = response.text();
    late.abort(new Error('cancelled while reading'));
    await expect(reading).rejects.toThrow('cancelled while reading');
  });

  it('times out through AbortSignal.timeout', async () => {
    const { url } = await rawServer(() => {});
    await expect(fetch(url, { signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('bounds the wait for headers from a server that accepts and never answers', async () => {
    const { url } = await rawServer(() => {});
    const fetchSoon = createNodeFetch({ proxyEnv: {}, headersTimeoutMs: 150 });
    const error = await fetchSoon(url).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TransportTimeoutError);
    expect(error).toMatchObject({ phase: 'headers', timeoutMs: 150, message: `no answer from ${new URL(url).host} within 150 ms` });
  });

  it('bounds the whole body, however steadily it trickles', async () => {
    const { url } = await rawServer((res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const drip = setInterval(() => res.write('x'), 20);
      res.on('close', () => clearInterval(drip));
    });
    const fetchSoon = createNodeFetch({ proxyEnv: {}, bodyTimeoutMs: 300 });
    const started = Date.now();
    const response = await fetchSoon(url);
    const error = await response.text().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TransportTimeoutError);
    expect(error).toMatchObject({
      phase: 'body',
      message: expect.stringContaining(`the body of the answer from ${new URL(url).host} stalled`),
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('bounds the connect to a server whose accept queue is full', async () => {
    // A child process listens with a backlog of one (0 would mean Node's default) and never accepts (its loop is blocked):
    // once the queue holds the fillers, further connections stay in SYN_SENT.
    const child = spawn(process.execPath, [
      '-e',
      `const s = require('node:net').createServer().listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
         console.log(s.address().port);
         setTimeout(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20000), 10);
       });`,
    ]);
    cleanups.push(async () => void child.kill());
    const [line] = (await new Promise<Buffer[]>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve([chunk])))) as [Buffer];
    const port = Number(line.toString().trim());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const fillers: Socket[] = [];
    for (let i = 0; i < 4; i++) fillers.push(connect(port, '127.0.0.1').on('error', () => {}));
    cleanups.push(async () => fillers.forEach((socket) => socket.destroy()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const fetchSoon = createNodeFetch({ proxyEnv: {}, connectTimeoutMs: 200, headersTimeoutMs: 5000 });
    const error = await fetchSoon(`http://127.0.0.1:${port}/`).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TransportTimeoutError);
    expect(error).toMatchObject({ phase: 'connect', message: `connecting to 127.0.0.1:${port} timed out after 200 ms` });
  });

  it('reports a refused connection with its code', async () => {
    const server = await serve(() => {});
    const { url } = server;
    await server.close();
    cleanups.pop();
    await expect(fetch(url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('keeps the connection alive between requests', async () => {
    const { url, server } = await rawServer((res) => res.writeHead(200).end('ok'));
    let connections = 0;
    server.on('connection', () => connections++);
    for (let i = 0; i < 3; i++) await (await fetch(url)).text();
    expect(connections).toBe(1);
  });
});
