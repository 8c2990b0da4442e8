import { afterEach, describe, expect, it } from 'vitest';
import { PacingWaitTooLongError } from '@pinkit/timing';
import { createHttpClient } from './http-client.js';
import { sendJson, startLocalServer } from './test-support/local-server.js';
import { staticToken } from './token-provider.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A server whose every answer carries `headers`, and a client on virtual time that fails rather than sleep for ever. */
async function clientAnswered(headers: Record<string, string>) {
  const server = await startLocalServer((_req, res, index) => sendJson(res, 200, { ok: index }, headers));
  close = server.close;
  let time = 0;
  const sleeps: number[] = [];
  const http = createHttpClient({
    baseUrl: server.url,
    token: staticToken('pina_TOKEN'),
    rateLimits: { perMinute: { org_read: 1000 } },
    now: () => time,
    sleep: async (ms) => {
      if (sleeps.length > 1000) throw new Error(`still waiting after ${sleeps.length} sleeps, ${time} ms`);
      sleeps.push(ms);
      time += ms;
    },
  });
  const read = () => http.request('GET', '/v5/pins/1', { rateLimitCategory: 'org_read' });
  return { read, sleeps, now: () => time };
}

describe('X-RateLimit-* answers that would stall every request', () => {
  it.each([
    ['a quota of 0', { 'x-ratelimit-limit': '0, 0;w=60', 'x-ratelimit-remaining': '0' }],
    ['a window of 999999999 s', { 'x-ratelimit-limit': '100, 100;w=999999999', 'x-ratelimit-remaining': '0' }],
  ])('keeps to the documented quota when the answers say %s', async (_, headers) => {
    const { read, now } = await clientAnswered(headers);
    for (let i = 0; i < 5; i += 1) await read();
    // org_read's documented 1000 a minute: 60 ms a request at most.
    expect(now()).toBeLessThanOrEqual(5 * 60);
  });

  it('gives up at once, naming the wait, when a readable quota would hold a request past the retry budget', async () => {
    const { read, sleeps } = await clientAnswered({ 'x-ratelimit-limit': '1, 1;w=86400', 'x-ratelimit-remaining': '0' });
    await read();
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PacingWaitTooLongError);
    expect((error as Error).message).toBe(
      'Waiting for the org_read rate limit would take 24 hours, longer than the 2 minutes allowed; giving up.',
    );
    expect(sleeps).toEqual([]);
  });
});
