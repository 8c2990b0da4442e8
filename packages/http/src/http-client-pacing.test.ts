import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClientOptions } from './http-client.js';
import { createLevelLogger } from './logger.js';
import { sendJson, startLocalServer } from './test-support/local-server.js';
import { staticToken } from './token-provider.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(answer: (index: number) => { status?: number; headers?: Record<string, string> } = () => ({})) {
  const server = await startLocalServer((_req, res, index) => {
    const { status = 200, headers = {} } = answer(index);
    sendJson(res, status, status === 429 ? { code: 8, message: 'Rate limit exceeded' } : { ok: index }, headers);
  });
  close = server.close;
  return server;
}

/** A client on virtual time: its waits move the clock instead of passing. */
function pacedClient(baseUrl: string, extra: Partial<HttpClientOptions> = {}) {
  let time = 0;
  const sleeps: number[] = [];
  const http = createHttpClient({
    baseUrl,
    token: staticToken('pina_TOKEN'),
    rateLimits: { perMinute: { org_write: 2, org_read: 1000 } },
    retry: { maxAttempts: 3, random: () => 0.5 },
    now: () => time,
    sleep: async (ms) => {
      sleeps.push(ms);
      time += ms;
    },
    ...extra,
  });
  return { http, sleeps, now: () => time };
}

const write = { json: {}, rateLimitCategory: 'org_write' };

describe('pacing by rate-limit category', () => {
  it('paces each category from the table on its own, and each client on its own', async () => {
    const server = await serve();
    const { http, now } = pacedClient(server.url);
    await http.request('POST', '/v5/pins', write);
    await http.request('POST', '/v5/pins', write);
    for (let i = 0; i < 5; i += 1) await http.request('GET', '/v5/pins/1', { rateLimitCategory: 'org_read' });
    expect(now()).toBe(0);
    await http.request('POST', '/v5/pins', write);
    expect(now()).toBe(30_000);
    const other = pacedClient(server.url);
    await other.http.request('POST', '/v5/pins', write);
    expect(other.now()).toBe(0);
  });

  it('says at level 3 how long a request waited for its rate limit', async () => {
    const server = await serve();
    const lines: string[] = [];
    const { http } = pacedClient(server.url, { logger: createLevelLogger(3, (line) => lines.push(line)) });
    for (let i = 0; i < 3; i += 1) await http.request('POST', '/v5/pins', write);
    expect(lines.filter((line) => line.includes('rate limit'))).toEqual([`POST ${server.url}/v5/pins waited 30.0 s for its rate limit`]);
  });

  it('slows before a 429 when X-RateLimit-Remaining says the quota is spent', async () => {
    const server = await serve(() => ({
      headers: { 'x-ratelimit-limit': '100, 100;w=1, 100;w=60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '60' },
    }));
    const { http, now } = pacedClient(server.url);
    await http.request('POST', '/v5/pins', write);
    await http.request('POST', '/v5/pins', write);
    // 100 a minute, none left: the next token comes 0.6 s later.
    expect(now()).toBe(600);
  });

  it('honours Retry-After once: the retry waits for it, the category resumes with it', async () => {
    const server = await serve((index) => (index === 0 ? { status: 429, headers: { 'retry-after': '3' } } : {}));
    const { http, sleeps } = pacedClient(server.url);
    // A category the table does not know: nothing to pace but the pause.
    const adsWrite = { json: {}, rateLimitCategory: 'ads_write' };
    expect((await http.request('POST', '/v5/ad_accounts/1/campaigns', adsWrite)).data).toEqual({ ok: 1 });
    expect(sleeps).toEqual([3000]);
    await http.request('POST', '/v5/ad_accounts/1/campaigns', adsWrite);
    expect(sleeps).toEqual([3000]);
  });

  it('leaves time spent queueing for the quota out of the retry budget', async () => {
    const server = await serve((index) => (index === 1 ? { status: 429, headers: { 'retry-after': '1' } } : {}));
    const { http, now } = pacedClient(server.url, {
      rateLimits: { perMinute: { org_write: 1 } },
      retry: { maxAttempts: 3, maxElapsedMs: 10_000 },
    });
    await http.request('POST', '/v5/pins', write);
    // Waits a minute for the quota, meets a 429, and still retries.
    expect((await http.request('POST', '/v5/pins', write)).data).toEqual({ ok: 2 });
    expect(now()).toBeGreaterThanOrEqual(60_000);
  });

  it('sends unpaced with rateLimits: false', async () => {
    const server = await serve();
    const { http, now } = pacedClient(server.url, { rateLimits: false });
    for (let i = 0; i < 5; i += 1) await http.request('POST', '/v5/pins', write);
    expect(now()).toBe(0);
  });

  it('keeps the answer’s rate-limit headers on the error', async () => {
    const server = await serve(() => ({
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-limit': '100, 100;w=60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '60' },
    }));
    const { http } = pacedClient(server.url, { retry: false });
    await expect(http.request('POST', '/v5/pins', write)).rejects.toMatchObject({
      name: 'RateLimitError',
      rateLimit: { limit: 100, remaining: 0, resetSeconds: 60, policies: [{ quota: 100, windowSeconds: 60 }] },
    });
  });
});
