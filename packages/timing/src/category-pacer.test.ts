import { describe, expect, it } from 'vitest';
import { CategoryPacer } from './category-pacer.js';
import type { PaceTicket } from './pacer-types.js';
import type { RateLimitHeaders } from './rate-limit-info.js';
import { virtualClock } from './test-support/virtual-clock.js';

const headers = (remaining: number, limit = 60, windowSeconds = 60): RateLimitHeaders => ({
  limit,
  remaining,
  resetSeconds: Math.ceil(((limit - remaining) * windowSeconds) / limit),
  policies: [
    { quota: 100, windowSeconds: 1 },
    { quota: limit, windowSeconds },
  ],
});

describe('CategoryPacer', () => {
  it('lets the documented quota through at once, then one request per refill interval', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ quota: { limit: 3, windowMs: 60_000 }, clock, maxPauseMs: 60_000 });
    for (let i = 0; i < 3; i += 1) pacer.settle(await pacer.acquire(), { kind: 'answered' });
    expect(clock.now()).toBe(0);
    await pacer.acquire();
    expect(clock.now()).toBe(20_000);
  });

  it('goes unpaced when nothing says how fast a category refills', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ clock, maxPauseMs: 60_000 });
    for (let i = 0; i < 500; i += 1) pacer.settle(await pacer.acquire(), { kind: 'answered' });
    expect(clock.now()).toBe(0);
    expect(pacer.perSecond).toBeUndefined();
  });

  it('slows down before a 429 when X-RateLimit-Remaining says the quota is spent elsewhere', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ quota: { limit: 60, windowMs: 60_000 }, clock, maxPauseMs: 60_000 });
    // Another program left 1 of the 60: after this answer, the next request waits for a refill.
    pacer.settle(await pacer.acquire(), { kind: 'answered', rateLimit: headers(0) });
    await pacer.acquire();
    expect(clock.now()).toBe(1000);
  });

  it('counts requests still out against what the answer says is left', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ quota: { limit: 60, windowMs: 60_000 }, clock, maxPauseMs: 60_000 });
    const tickets: PaceTicket[] = [];
    for (let i = 0; i < 4; i += 1) tickets.push(await pacer.acquire());
    // Two were left when the first was counted; the three others out will take them and one more.
    pacer.settle(tickets[0] as PaceTicket, { kind: 'answered', rateLimit: headers(2) });
    await pacer.acquire();
    expect(clock.now()).toBe(2000);
  });

  it('after a 429 despite its headers, lets X-RateLimit-Remaining only slow it down', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ quota: { limit: 60, windowMs: 60_000 }, clock, maxPauseMs: 60_000 });
    pacer.settle(await pacer.acquire(), { kind: 'answered', rateLimit: headers(50) });
    pacer.settle(await pacer.acquire(), { kind: 'rate-limited', rateLimit: headers(50), retryAfterMs: 1000 });
    // Remaining said 50, yet the server refused: the next answers' counts no longer raise the pace.
    pacer.settle(await pacer.acquire(), { kind: 'answered', rateLimit: headers(50) });
    const before = clock.now();
    await pacer.acquire();
    expect(clock.now() - before).toBe(1000);
  });

  it('learns a larger quota from the headers than the documented one', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ quota: { limit: 1, windowMs: 60_000 }, clock, maxPauseMs: 60_000 });
    pacer.settle(await pacer.acquire(), { kind: 'answered', rateLimit: headers(599, 600) });
    for (let i = 0; i < 100; i += 1) pacer.settle(await pacer.acquire(), { kind: 'answered' });
    expect(clock.now()).toBe(0);
    expect(pacer.perSecond).toBe(10);
  });

  it('on a 429 with Retry-After pauses the category for it, capped at maxPauseMs', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ quota: { limit: 60, windowMs: 60_000 }, clock, maxPauseMs: 5000 });
    pacer.settle(await pacer.acquire(), { kind: 'rate-limited', rateLimit: headers(0), retryAfterMs: 3000 });
    await pacer.acquire();
    expect(clock.now()).toBe(3000);
    pacer.settle(await pacer.acquire(), { kind: 'rate-limited', retryAfterMs: 999_999_000 });
    await pacer.acquire();
    expect(clock.sleeps.every((ms) => ms <= 5000)).toBe(true);
  });

  it('without headers halves its rate on a 429 and wins it back answer by answer (AIMD)', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ quota: { limit: 60, windowMs: 60_000 }, clock, maxPauseMs: 60_000 });
    const [first, second] = [await pacer.acquire(), await pacer.acquire()];
    pacer.settle(first, { kind: 'rate-limited' });
    expect(pacer.perSecond).toBe(0.5);
    // The second 429 of the same burst does not cut again.
    pacer.settle(second, { kind: 'rate-limited' });
    expect(pacer.perSecond).toBe(0.5);
    for (let i = 0; i < 100; i += 1) pacer.settle(await pacer.acquire(), { kind: 'answered' });
    expect(pacer.perSecond).toBe(1);
  });

  it('stops waiting when the signal aborts', async () => {
    const clock = virtualClock();
    const pacer = new CategoryPacer({ quota: { limit: 1, windowMs: 60_000 }, clock, maxPauseMs: 60_000 });
    await pacer.acquire();
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(pacer.acquire(controller.signal)).rejects.toThrow('stop');
  });
});
