import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ProxyError } from './errors.js';
import { createHttpClient } from './http-client.js';
import { createLevelLogger } from './logger.js';
import { createNodeFetch } from './node-fetch.js';
import { startLocalProxy } from './test-support/local-proxy.js';
import { sendJson, startLocalServer } from './test-support/local-server.js';
import { TEST_CERT, TEST_KEY } from './test-support/test-certificate.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function started<T extends { close: () => Promise<void> }>(thing: Promise<T>): Promise<T> {
  const value = await thing;
  cleanups.push(value.close);
  return value;
}

/** A loopback https server with the test certificate; records the Authorization header it receives. */
async function startTlsServer() {
  const authorizations: Array<string | undefined> = [];
  const server = createServer({ cert: TEST_CERT, key: TEST_KEY }, (req, res) => {
    authorizations.push(req.headers.authorization);
    sendJson(res, 200, { secure: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    authorizations,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const withCredentials = (proxyUrl: string, credentials: string) => proxyUrl.replace('http://', `http://${credentials}@`);

describe('the transport behind a proxy', () => {
  it('sends http requests to HTTP_PROXY with the absolute URL and the proxy credentials', async () => {
    const target = await started(startLocalServer((_req, res) => sendJson(res, 200, { via: 'proxy' })));
    const proxy = await started(startLocalProxy({ credentials: 'corp:s3cret' }));
    const fetch = createNodeFetch({ proxyEnv: { HTTP_PROXY: withCredentials(proxy.url, 'corp:s3cret') } });
    const response = await fetch(`${target.url}/v5/pins/1`, { headers: { Authorization: 'Bearer pina_T' } });
    expect(await response.text()).toBe('{"via":"proxy"}');
    expect(proxy.seen).toMatchObject([{ method: 'GET', target: `${target.url}/v5/pins/1` }]);
    expect(proxy.seen[0]?.headers['proxy-authorization']).toBe(`Basic ${Buffer.from('corp:s3cret').toString('base64')}`);
    expect(target.seen[0]?.headers).toMatchObject({ authorization: 'Bearer pina_T', host: new URL(target.url).host });
  });

  it('reaches an https proxy over TLS, for forwarded and tunnelled requests alike', async () => {
    const plain = await started(startLocalServer((_req, res) => sendJson(res, 200, { plain: true })));
    const secure = await started(startTlsServer());
    const proxy = await started(startLocalProxy({ tls: true }));
    const fetch = createNodeFetch({ proxyEnv: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }, ca: TEST_CERT });
    expect(await (await fetch(`${plain.url}/a`)).json()).toEqual({ plain: true });
    expect(await (await fetch(`${secure.url}/b`)).json()).toEqual({ secure: true });
    expect(proxy.seen.map(({ method, target }) => `${method} ${target}`)).toEqual([
      `GET ${plain.url}/a`,
      `CONNECT 127.0.0.1:${secure.port}`,
    ]);
  });

  it('tunnels https requests through HTTPS_PROXY with CONNECT, one tunnel for several requests', async () => {
    const target = await started(startTlsServer());
    const proxy = await started(startLocalProxy({ credentials: 'corp:s3cret' }));
    const fetch = createNodeFetch({ proxyEnv: { https_proxy: withCredentials(proxy.url, 'corp:s3cret') }, ca: TEST_CERT });
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${target.url}/v5/user_account`, { headers: { Authorization: 'Bearer pina_T' } });
      expect(await response.json()).toEqual({ secure: true });
    }
    expect(proxy.seen).toMatchObject([{ method: 'CONNECT', target: `127.0.0.1:${target.port}` }]);
    expect(proxy.seen[0]?.headers['proxy-authorization']).toBe(`Basic ${Buffer.from('corp:s3cret').toString('base64')}`);
    // Inside the tunnel: the target gets the bearer token, the proxy never sees it.
    expect(target.authorizations).toEqual(['Bearer pina_T', 'Bearer pina_T']);
    expect(JSON.stringify(proxy.seen)).not.toContain('pina_T');
  });

  it('goes direct to hosts listed in NO_PROXY', async () => {
    const target = await started(startLocalServer((_req, res) => sendJson(res, 200, {})));
    const proxy = await started(startLocalProxy());
    const fetch = createNodeFetch({ proxyEnv: { HTTP_PROXY: proxy.url, NO_PROXY: 'example.test,127.0.0.1' } });
    expect((await fetch(`${target.url}/v5/boards`)).status).toBe(200);
    expect(proxy.seen).toHaveLength(0);
    expect(target.seen).toHaveLength(1);
  });

  it('reports a refused tunnel as a ProxyError, from the transport and the client alike', async () => {
    const target = await started(startTlsServer());
    const proxy = await started(startLocalProxy({ credentials: 'corp:right' }));
    const proxyEnv = { HTTPS_PROXY: withCredentials(proxy.url, 'corp:wrong') };
    const fetch = createNodeFetch({ proxyEnv, ca: TEST_CERT });
    await expect(fetch(`${target.url}/v5/pins`)).rejects.toMatchObject({
      name: 'ProxyError',
      code: 'ERR_PROXY_CONNECT',
      message: expect.stringContaining('407'),
    });
    const lines: string[] = [];
    const http = createHttpClient({
      baseUrl: `${target.url}/v5`,
      proxyEnv,
      retry: false,
      logger: createLevelLogger(3, (line) => lines.push(line)),
    });
    const error = await http.request('POST', '/pins', { auth: 'none', json: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({ code: 'ERR_PROXY_CONNECT', status: 407 });
    expect([...lines, (error as Error).message].join('\n')).not.toMatch(/wrong|right/);
    expect(target.authorizations).toHaveLength(0);
  });

  it('is what createHttpClient uses by default, with the proxy variables it was given', async () => {
    const target = await started(startLocalServer((_req, res) => sendJson(res, 200, { id: '1' })));
    const proxy = await started(startLocalProxy({ credentials: 'corp:s3cret' }));
    const lines: string[] = [];
    const http = createHttpClient({
      baseUrl: `${target.url}/v5`,
      token: { getAccessToken: async () => 'pina_SECRETSECRET1234' },
      proxyEnv: { http_proxy: withCredentials(proxy.url, 'corp:s3cret') },
      logger: createLevelLogger(3, (line) => lines.push(line)),
    });
    expect(await http.get('/pins/1')).toEqual({ id: '1' });
    expect(proxy.seen).toHaveLength(1);
    expect(lines.join('\n')).not.toMatch(/s3cret|pina_SECRET/);
  });
});
