import { describe, expect, it } from 'vitest';
import { FakeClock } from './test-support/fake-clock.js';
import { WriteRateLimiter } from './write-rate-limiter.js';

async function acquireTimes(limiter: WriteRateLimiter, clock: FakeClock, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    await limiter.acquire();
    times.push(clock.now());
  }
  return times;
}

describe('WriteRateLimiter', () => {
  it('spaces writes evenly at the rate', async () => {
    const clock = new FakeClock();
    const limiter = new WriteRateLimiter({ writesPerSecond: 4, clock });
    expect(await acquireTimes(limiter, clock, 6)).toEqual([0, 250, 500, 750, 1000, 1250]);
  });

  it('lets a configured burst through back-to-back', async () => {
    const clock = new FakeClock();
    const limiter = new WriteRateLimiter({ writesPerSecond: 4, clock, burst: 3 });
    expect(await acquireTimes(limiter, clock, 5)).toEqual([0, 0, 0, 250, 500]);
  });

  it('pauses every writer for Retry-After after a 429 and halves the rate', async () => {
    const clock = new FakeClock();
    const limiter = new WriteRateLimiter({ writesPerSecond: 10, clock });
    await limiter.acquire();
    expect(limiter.rateLimited(3000)).toEqual({ pauseMs: 3000, writesPerSecond: 5 });
    const [first, second] = await acquireTimes(limiter, clock, 2);
    expect(first).toBeGreaterThanOrEqual(3000);
    // Tokens accrue only after the pause: no burst when writing resumes.
    expect(second).toBeGreaterThan(first ?? 0);
  });

  it('keeps the rate on a 429 whose quota the client paces by, and still pauses', async () => {
    const clock = new FakeClock();
    const limiter = new WriteRateLimiter({ writesPerSecond: 10, clock });
    await limiter.acquire();
    expect(limiter.rateLimited(2000, { keepRate: true })).toEqual({ pauseMs: 2000, writesPerSecond: 10 });
    await limiter.acquire();
    expect(clock.now()).toBeGreaterThanOrEqual(2000);
  });

  it('cuts the rate once for a burst of 429s received together', () => {
    const clock = new FakeClock();
    const limiter = new WriteRateLimiter({ writesPerSecond: 8, clock });
    for (let index = 0; index < 5; index += 1) limiter.rateLimited(1000);
    expect(limiter.writesPerSecond).toBe(4);
  });

  it('backs off by doubling pauses when the 429 carries no Retry-After', async () => {
    const clock = new FakeClock();
    const limiter = new WriteRateLimiter({ writesPerSecond: 8, clock, baseRateLimitPauseMs: 100 });
    expect(limiter.rateLimited().pauseMs).toBe(100);
    await limiter.acquire();
    expect(limiter.rateLimited().pauseMs).toBe(200);
    await limiter.acquire();
    limiter.succeeded();
    await limiter.acquire();
    expect(limiter.rateLimited().pauseMs).toBe(100);
  });

  it('recovers the rate additively with each successful write, up to the configured rate', () => {
    const clock = new FakeClock();
    const limiter = new WriteRateLimiter({ writesPerSecond: 10, clock });
    limiter.rateLimited(0);
    expect(limiter.writesPerSecond).toBe(5);
    limiter.succeeded();
    expect(limiter.writesPerSecond).toBeCloseTo(5.2);
    for (let index = 0; index < 100; index += 1) limiter.succeeded();
    expect(limiter.writesPerSecond).toBe(10);
  });

  it('gives up waiting as soon as its signal aborts', async () => {
    const clock = new FakeClock();
    const limiter = new WriteRateLimiter({ writesPerSecond: 1, clock });
    limiter.rateLimited(60_000);
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});
