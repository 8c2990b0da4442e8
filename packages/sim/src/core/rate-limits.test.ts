import { describe, expect, it } from 'vitest';
import { startSimulator } from '../start-simulator.js';
import { simApi, tokenOf, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

describe('rate limits by default', () => {
  const sim = useSimulator();

  it("answers every v5 call with its category's X-RateLimit headers, in the form a real answer had", async () => {
    const api = simApi(sim());
    const read = await api.get('/v5/user_account');
    expect(read.headers.get('x-ratelimit-limit')).toBe('100, 100;w=1, 1000;w=60');
    expect(read.headers.get('x-ratelimit-remaining')).toBe('99');
    expect(read.headers.get('x-ratelimit-reset')).toBe('1');
    const write = await api.post('/v5/boards', { name: 'counted' });
    expect(write.status).toBe(201);
    expect(write.headers.get('x-ratelimit-limit')).toBe('100, 100;w=1, 100;w=60');
    // The universal bucket (one call spent, refilling at 100 a second) or org_write's, whichever has fewer left.
    expect(write.headers.get('x-ratelimit-remaining')).toMatch(/^9[89]$/);
  });

  it('counts the OAuth token endpoint against no quota', async () => {
    const basic = Buffer.from(`${sim().app.id}:${sim().app.secret}`).toString('base64');
    const response = await fetch(`${sim().url}/v5/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: sim().users[0]?.refreshToken ?? '' }).toString(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.has('x-ratelimit-limit')).toBe(false);
  });
});

describe('rate-limit knobs', () => {
  // Two writes a minute: the third is refused long before the bucket refills.
  const sim = useSimulator({ rateLimits: { org_write: '2/min' } });

  it('refuses a call over its category limit with 429 code 8, Retry-After and no quota left', async () => {
    const api = simApi(sim());
    for (const name of ['one', 'two']) expect((await api.post('/v5/boards', { name })).status).toBe(201);
    const limited = await api.post<ErrorBody>('/v5/boards', { name: 'three' });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe(8);
    expect(limited.body.message).toMatch(/rate limit/i);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('2, 100;w=1, 2;w=60');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(sim().stats).toMatchObject({ writes: 2, rateLimited: 1, rateLimitedByCategory: { org_write: 1 } });
  });

  it('keeps categories and users apart', async () => {
    const api = simApi(sim());
    for (const name of ['one', 'two', 'three']) await api.post('/v5/boards', { name });
    expect((await api.get('/v5/boards')).status).toBe(200);
    expect((await simApi(sim(), tokenOf(sim(), 1)).post('/v5/boards', { name: 'one' })).status).toBe(201);
  });

  it('changes limits at run time: one category, every one, and back to the documented ones', async () => {
    const api = simApi(sim());
    for (const name of ['one', 'two']) await api.post('/v5/boards', { name });
    sim().configure({ rateLimits: { org_write: null } });
    const unlimited = await api.post('/v5/boards', { name: 'three' });
    expect(unlimited.status).toBe(201);
    // The universal limit still applies and is reported.
    expect(unlimited.headers.get('x-ratelimit-limit')).toBe('100, 100;w=1');
    sim().configure({ rateLimits: false });
    const off = await api.get('/v5/boards');
    expect(off.headers.has('x-ratelimit-limit')).toBe(false);
    sim().configure({ rateLimits: true });
    expect((await api.get('/v5/boards')).headers.get('x-ratelimit-limit')).toBe('100, 100;w=1, 1000;w=60');
  });

  it('takes writeRate as writes per second for org_write, after rateLimits', async () => {
    const limited = await startSimulator({ rateLimits: { org_write: 1000 }, writeRate: 0.5 });
    try {
      const api = simApi(limited);
      expect((await api.post('/v5/boards', { name: 'one' })).headers.get('x-ratelimit-limit')).toBe('0.5, 100;w=1, 0.5;w=1');
      expect((await api.post('/v5/boards', { name: 'two' })).status).toBe(429);
    } finally {
      await limited.stop();
    }
  });
});
