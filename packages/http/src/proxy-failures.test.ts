import { afterEach, describe, expect, it } from 'vitest';
import { ProxyError, TransportTimeoutError } from './errors.js';
import { createHttpClient } from './http-client.js';
import { createNodeFetch } from './node-fetch.js';
import { startLocalProxy } from './test-support/local-proxy.js';
import { sendJson, startLocalServer } from './test-support/local-server.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function proxy(options: Parameters<typeof startLocalProxy>[0]) {
  const started = await startLocalProxy(options);
  cleanups.push(started.close);
  return started;
}

describe('a proxy that fails the transport', () => {
  it('bounds a CONNECT the proxy never answers by the connect timeout', async () => {
    const silent = await proxy({ connectAnswer: 'silent' });
    const fetch = createNodeFetch({ proxyEnv: { HTTPS_PROXY: silent.url }, connectTimeoutMs: 150, headersTimeoutMs: 60_000 });
    const started = Date.now();
    const error = await fetch('https://api.example.test/v5/pins').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TransportTimeoutError);
    expect(error).toMatchObject({ phase: 'connect', timeoutMs: 150 });
    expect((error as Error).message).toContain(`api.example.test:443 through the proxy ${new URL(silent.url).host}`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(silent.seen).toMatchObject([{ method: 'CONNECT', target: 'api.example.test:443' }]);
  });

  it('gives up waiting for a tunnel when the headers timeout or the caller says so, socket or not', async () => {
    const silent = await proxy({ connectAnswer: 'silent' });
    const fetch = createNodeFetch({ proxyEnv: { HTTPS_PROXY: silent.url }, connectTimeoutMs: 60_000, headersTimeoutMs: 150 });
    await expect(fetch('https://api.example.test/a')).rejects.toMatchObject({ name: 'TransportTimeoutError', phase: 'headers' });
    const slow = createNodeFetch({ proxyEnv: { HTTPS_PROXY: silent.url }, connectTimeoutMs: 60_000, headersTimeoutMs: 60_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stopped by the caller')), 100);
    await expect(slow('https://api.example.test/b', { signal: controller.signal })).rejects.toThrow('stopped by the caller');
  });

  it('sends http requests to HTTP_PROXY without looking the target host up', async () => {
    const target = await startLocalServer((req, res) => sendJson(res, 200, { path: req.url }));
    cleanups.push(target.close);
    const forwarding = await proxy({ forwardTo: target.url });
    const fetch = createNodeFetch({ proxyEnv: { HTTP_PROXY: forwarding.url } });
    const response = await fetch('http://api.example.test/v5/boards?page_size=2');
    expect(await response.json()).toEqual({ path: '/v5/boards?page_size=2' });
    expect(forwarding.seen).toMatchObject([{ method: 'GET', target: 'http://api.example.test/v5/boards?page_size=2' }]);
  });

  it.each([
    [
      'HTTP/1.1 407 Proxy Authentication Required\r\n\r\n',
      /refused to connect to api\.example\.test:443: 407 .*user and password in HTTPS_PROXY/,
    ],
    ['HTTP/1.1 403 Forbidden\r\n\r\n', /refused to connect to api\.example\.test:443: 403 Forbidden.*does not allow/],
    ['HTTP/1.1 302 Found\r\nLocation: http://login.corp.test/portal?next=x\r\n\r\n', /answered CONNECT .* with 302.*login\.corp\.test/],
  ])('says why the proxy refused (%j), once, without a retry', async (answer, why) => {
    const refusing = await proxy({ connectAnswer: answer });
    const http = createHttpClient({
      baseUrl: 'https://api.example.test/v5',
      proxyEnv: { HTTPS_PROXY: refusing.url },
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
    });
    const error = await http.request('GET', '/pins', { auth: 'none' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({ code: 'ERR_PROXY_CONNECT' });
    expect((error as Error).message).toMatch(why);
    expect((error as Error).message).toMatch(/^GET https:\/\/api\.example\.test\/v5\/pins: /);
    expect((error as Error).message).not.toContain('next=x');
    expect(refusing.seen).toHaveLength(1);
  });

  it('says the proxy refused a forwarded http request with 407', async () => {
    const locked = await proxy({ credentials: 'corp:right' });
    const http = createHttpClient({ baseUrl: 'http://api.example.test/v5', proxyEnv: { HTTP_PROXY: locked.url } });
    const error = await http.request('GET', '/pins', { auth: 'none' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ProxyError);
    expect((error as Error).message).toMatch(/proxy 127\.0\.0\.1:\d+ refused .*407.*HTTP_PROXY/);
    expect(locked.seen).toHaveLength(1);
  });
});
