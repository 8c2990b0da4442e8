/** One quota policy of `X-RateLimit-Limit`: `1000;w=60` is 1000 requests per 60 seconds. */
export interface RateLimitPolicy {
  quota: number;
  windowSeconds: number;
}

/** What a response's `X-RateLimit-*` headers say about its rate-limit category. */
export interface RateLimitHeaders {
  /** The quota `remaining` counts down from: the first value of `X-RateLimit-Limit`. */
  limit: number;
  /** Requests left before a 429 (`X-RateLimit-Remaining`). */
  remaining: number;
  /** Seconds until the quota is whole again (`X-RateLimit-Reset`), when sent. */
  resetSeconds: number | undefined;
  /** The policies listed after the limit, when sent. */
  policies: RateLimitPolicy[];
}
