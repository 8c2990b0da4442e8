export type WriteDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per user: `rate` writes per second with a burst of one second's worth.
 * The rate is read on every call so that `configure()` takes effect at once.
 */
export class WriteLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly rate: () => number) {}

  take(userId: string, now: number): WriteDecision {
    const rate = this.rate();
    if (rate === Infinity) return { allowed: true };
    const capacity = Math.max(1, rate);
    const bucket = this.buckets.get(userId) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rate);
    bucket.updatedAt = now;
    this.buckets.set(userId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    // Retry-After is whole seconds; rounding up means a client that honours it succeeds.
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / rate)) };
  }
}
