import { UNIVERSAL, type RateLimitRule, type RateLimitRules } from './rate-limit-rules.js';

/** Whether one request may pass its limits, and the `X-RateLimit-*` headers its answer carries. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until the request would pass; only meaningful when refused. */
  retryAfterSeconds: number;
  headers: Record<string, string>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

interface Charged {
  rule: RateLimitRule;
  bucket: Bucket;
}

const capacityOf = (rule: RateLimitRule) => Math.max(1, rule.limit);
const perSecond = (rule: RateLimitRule) => rule.limit / rule.windowSeconds;

/**
 * Pinterest's rate limits as token buckets per caller (user and app): one per category, holding
 * the category's limit and refilled continuously over its window, and the universal one that
 * every request also spends. Rules are read on every call, so `configure()` takes effect at once.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly rules: () => RateLimitRules) {}

  /** Charges one request of `category` to `caller`; undefined when no limit applies to it. */
  take(caller: string, category: string, now: number): RateLimitDecision | undefined {
    const rules = this.rules();
    const charged: Charged[] = [];
    // The universal limit first: the order of the policies in the header a real v5 answer carried.
    for (const name of [UNIVERSAL, category]) {
      const rule = rules[name];
      if (rule !== undefined) charged.push({ rule, bucket: this.refill(`${caller} ${name}`, rule, now) });
    }
    if (charged.length === 0) return undefined;
    const blocking = charged.filter(({ bucket }) => bucket.tokens < 1);
    if (blocking.length > 0) {
      // Retry-After is whole seconds; rounding up means a client that honours it passes.
      const waits = blocking.map(({ rule, bucket }) => Math.ceil((1 - bucket.tokens) / perSecond(rule)));
      const worst = blocking[waits.indexOf(Math.max(...waits))] as Charged;
      return { allowed: false, retryAfterSeconds: Math.max(1, ...waits), headers: headersFor(charged, worst) };
    }
    for (const { bucket } of charged) bucket.tokens -= 1;
    // Report the limit closest to running out, the category's on a tie (it tells a client more).
    const reported = charged.reduce((low, entry) => (Math.floor(entry.bucket.tokens) <= Math.floor(low.bucket.tokens) ? entry : low));
    return { allowed: true, retryAfterSeconds: 0, headers: headersFor(charged, reported) };
  }

  private refill(key: string, rule: RateLimitRule, now: number): Bucket {
    const capacity = capacityOf(rule);
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (Math.max(0, now - bucket.updatedAt) / 1000) * perSecond(rule));
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    return bucket;
  }
}

/**
 * In the IETF RateLimit draft's form that a real v5 answer used: `X-RateLimit-Limit: 100, 100;w=1,
 * 1000;w=60` (the reported quota, then every policy), `X-RateLimit-Remaining` whole requests left
 * and `X-RateLimit-Reset` seconds until the reported bucket is full again.
 */
function headersFor(charged: readonly Charged[], reported: Charged): Record<string, string> {
  const { rule, bucket } = reported;
  const policies = charged.map((entry) => `${entry.rule.limit};w=${entry.rule.windowSeconds}`);
  return {
    'x-ratelimit-limit': [String(rule.limit), ...policies].join(', '),
    'x-ratelimit-remaining': String(Math.max(0, Math.floor(bucket.tokens))),
    'x-ratelimit-reset': String(Math.max(0, Math.ceil((capacityOf(rule) - bucket.tokens) / perSecond(rule)))),
  };
}
