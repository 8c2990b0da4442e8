import { describe, expect, it } from 'vitest';
import { documentedRateLimits, type RateLimitRules } from './rate-limit-rules.js';
import { RateLimiter } from './rate-limiter.js';

const perMinute = (limit: number) => ({ limit, windowSeconds: 60 });

describe('RateLimiter', () => {
  it('lets a full minute of a category through at once, then refuses with the wait for the next token', () => {
    const limiter = new RateLimiter(() => ({ org_write: perMinute(3) }));
    for (let i = 0; i < 3; i += 1) expect(limiter.take('u', 'org_write', 0)?.allowed).toBe(true);
    // One token refills in 20 s at 3 a minute.
    expect(limiter.take('u', 'org_write', 0)).toMatchObject({ allowed: false, retryAfterSeconds: 20 });
    expect(limiter.take('u', 'org_write', 19_999)?.allowed).toBe(false);
    expect(limiter.take('u', 'org_write', 20_000)?.allowed).toBe(true);
  });

  it('keeps one bucket per caller and category, and leaves categories without a rule unlimited', () => {
    const limiter = new RateLimiter(() => ({ org_write: perMinute(1), org_read: perMinute(1) }));
    expect(limiter.take('a', 'org_write', 0)?.allowed).toBe(true);
    expect(limiter.take('a', 'org_write', 0)?.allowed).toBe(false);
    expect(limiter.take('a', 'org_read', 0)?.allowed).toBe(true);
    expect(limiter.take('b', 'org_write', 0)?.allowed).toBe(true);
    expect(limiter.take('a', 'ads_write', 0)).toBeUndefined();
  });

  it('charges the universal limit besides the category, and refuses when either is spent', () => {
    const limiter = new RateLimiter(() => ({ org_read: perMinute(1000), universal: { limit: 2, windowSeconds: 1 } }));
    expect(limiter.take('u', 'org_read', 0)?.allowed).toBe(true);
    expect(limiter.take('u', 'ads_read', 0)?.allowed).toBe(true);
    expect(limiter.take('u', 'org_read', 0)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('u', 'org_read', 500)?.allowed).toBe(true);
  });

  it('answers with the headers a real v5 response carried, for the limit closest to running out', () => {
    const limiter = new RateLimiter(documentedRateLimits);
    expect(limiter.take('u', 'org_read', 0)?.headers).toEqual({
      'x-ratelimit-limit': '100, 100;w=1, 1000;w=60',
      'x-ratelimit-remaining': '99',
      'x-ratelimit-reset': '1',
    });
    // Equally close: the category's own limit is the one reported.
    expect(limiter.take('v', 'org_write', 0)?.headers).toEqual({
      'x-ratelimit-limit': '100, 100;w=1, 100;w=60',
      'x-ratelimit-remaining': '99',
      'x-ratelimit-reset': '1',
    });
    expect(limiter.take('v', 'org_write', 0)?.headers['x-ratelimit-remaining']).toBe('98');
    // Three of 100 a minute spent: 1.8 s until the bucket is full, said in whole seconds.
    expect(limiter.take('v', 'org_write', 0)?.headers['x-ratelimit-reset']).toBe('2');
  });

  it('reports the spent bucket on a refusal, and follows rule changes at once', () => {
    let rules: RateLimitRules = { org_write: perMinute(1) };
    const limiter = new RateLimiter(() => rules);
    limiter.take('u', 'org_write', 0);
    expect(limiter.take('u', 'org_write', 0)).toMatchObject({
      allowed: false,
      headers: { 'x-ratelimit-limit': '1, 1;w=60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '60' },
    });
    rules = {};
    expect(limiter.take('u', 'org_write', 0)).toBeUndefined();
  });

  it('rounds Retry-After up to whole seconds and keeps a bucket of at least one for tiny rates', () => {
    const limiter = new RateLimiter(() => ({ org_write: { limit: 0.25, windowSeconds: 1 } }));
    expect(limiter.take('u', 'org_write', 0)?.allowed).toBe(true);
    expect(limiter.take('u', 'org_write', 0)).toMatchObject({ allowed: false, retryAfterSeconds: 4 });
  });
});
