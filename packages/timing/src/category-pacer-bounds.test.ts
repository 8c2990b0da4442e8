import { describe, expect, it } from 'vitest';
import { CategoryPacer } from './category-pacer.js';
import { PacingWaitTooLongError } from './pacing-wait-error.js';
import type { RateLimitHeaders } from './rate-limit-info.js';
import { virtualClock } from './test-support/virtual-clock.js';

const documented = { limit: 60, windowMs: 60_000 };

describe('CategoryPacer and unreadable or endless waits', () => {
  it.each<[string, RateLimitHeaders]>([
    [
      'a quota of 0 (X-RateLimit-Limit: 0, 0;w=60, Remaining: 0)',
      { limit: 0, remaining: 0, resetSeconds: undefined, policies: [{ quota: 0, windowSeconds: 60 }] },
    ],
    [
      'a window of 999999999 s',
      { limit: 100, remaining: 0, resetSeconds: undefined, policies: [{ quota: 100, windowSeconds: 999_999_999 }] },
    ],
  ])('keeps the documented quota when an answer says %s', async (_, rateLimit) => {
    const clock = virtualClock(100);
    const pacer = new CategoryPacer({ quota: documented, clock, maxPauseMs: 60_000 });
    pacer.settle(await pacer.acquire(), { kind: 'answered', rateLimit });
    for (let i = 0; i < 5; i += 1) pacer.settle(await pacer.acquire(), { kind: 'answered', rateLimit });
    // At most one refill interval of the documented 1/s per request.
    expect(clock.now()).toBeLessThanOrEqual(5000);
    expect(pacer.perSecond).toBe(1);
  });

  it('leaves a category without a documented quota unpaced when X-RateLimit-Reset says 999999999 s', async () => {
    const clock = virtualClock(100);
    const pacer = new CategoryPacer({ clock, maxPauseMs: 60_000 });
    const rateLimit = { limit: 100, remaining: 0, resetSeconds: 999_999_999, policies: [] };
    for (let i = 0; i < 5; i += 1) pacer.settle(await pacer.acquire(), { kind: 'answered', rateLimit });
    expect(clock.now()).toBe(0);
    expect(pacer.perSecond).toBeUndefined();
  });

  it('fails at once, naming the wait, when the next token is further away than maxWaitMs', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ quota: { limit: 1, windowMs: 86_400_000 }, clock, maxPauseMs: 60_000 });
    await pacer.acquire();
    const error = await pacer.acquire({ maxWaitMs: 120_000, what: 'the org_write rate limit' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PacingWaitTooLongError);
    expect((error as Error).message).toBe(
      'Waiting for the org_write rate limit would take 24 hours, longer than the 2 minutes allowed; giving up.',
    );
    expect(clock.sleeps).toEqual([]);
  });

  it('counts every step of one wait against maxWaitMs', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ quota: documented, clock, maxPauseMs: 10_000 });
    pacer.settle(await pacer.acquire(), { kind: 'rate-limited', retryAfterMs: 10_000 });
    await pacer.acquire({ maxWaitMs: 10_000 });
    pacer.settle(await pacer.acquire(), { kind: 'rate-limited', retryAfterMs: 10_000 });
    await expect(pacer.acquire({ maxWaitMs: 9_999 })).rejects.toBeInstanceOf(PacingWaitTooLongError);
  });

  it('with a burst of 1 spaces requests evenly, and doubles its own pause for 429s in a row without Retry-After', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({
      quota: { limit: 10, windowMs: 1000 },
      burst: 1,
      clock,
      maxPauseMs: 900_000,
      backoff: { baseMs: 700, maxMs: 60_000 },
    });
    const sent: number[] = [];
    for (let i = 0; i < 4; i += 1) pacer.settle(await pacer.acquire(), (sent.push(clock.now()), { kind: 'answered' }));
    expect(sent).toEqual([0, 100, 200, 300]);
    pacer.settle(await pacer.acquire(), { kind: 'rate-limited' });
    expect(pacer.pause).toEqual({ pauseMs: 700, perSecond: 5 });
    clock.advance(700);
    pacer.settle(await pacer.acquire(), { kind: 'rate-limited' });
    expect(pacer.pause.pauseMs).toBe(1400);
    clock.advance(1400);
    pacer.settle(await pacer.acquire(), { kind: 'rate-limited', quotaKnown: true, retryAfterMs: 2000 });
    expect(pacer.pause).toEqual({ pauseMs: 2000, perSecond: 2.5 });
  });
});
