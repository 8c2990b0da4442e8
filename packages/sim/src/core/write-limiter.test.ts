import { describe, expect, it } from 'vitest';
import { WriteLimiter } from './write-limiter.js';

describe('WriteLimiter', () => {
  it('allows a burst of one second of writes, then asks the caller to wait', () => {
    const limiter = new WriteLimiter(() => 2);
    expect(limiter.take('u', 0)).toEqual({ allowed: true });
    expect(limiter.take('u', 0)).toEqual({ allowed: true });
    expect(limiter.take('u', 0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills at the rate', () => {
    const limiter = new WriteLimiter(() => 1);
    expect(limiter.take('u', 0).allowed).toBe(true);
    expect(limiter.take('u', 500).allowed).toBe(false);
    expect(limiter.take('u', 1000).allowed).toBe(true);
  });

  it('rounds Retry-After up to whole seconds for slow rates', () => {
    const limiter = new WriteLimiter(() => 0.25);
    limiter.take('u', 0);
    expect(limiter.take('u', 0)).toEqual({ allowed: false, retryAfterSeconds: 4 });
  });

  it('keeps one bucket per user and follows rate changes at once', () => {
    let rate = 1;
    const limiter = new WriteLimiter(() => rate);
    limiter.take('a', 0);
    expect(limiter.take('a', 0).allowed).toBe(false);
    expect(limiter.take('b', 0).allowed).toBe(true);
    rate = Infinity;
    expect(limiter.take('a', 0).allowed).toBe(true);
  });
});
