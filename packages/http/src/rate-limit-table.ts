/**
 * Request quotas by rate-limit category (Pinterest's `x-ratelimit-category`), as a client paces
 * from them before any response says better. `@pinkit/api-v5` exports Pinterest's documented
 * table as `V5_RATE_LIMITS`.
 */
export interface RateLimitTable {
  /** Requests a minute per category; a category missing here is paced only once a response says how. */
  readonly perMinute: Readonly<Record<string, number>>;
  /** Requests a second across every category (Pinterest's universal limit); absent: none. */
  readonly perSecond?: number;
}
