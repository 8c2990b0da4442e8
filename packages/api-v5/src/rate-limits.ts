import type { RateLimitTable } from '@pinkit/http';

/**
 * Pinterest's documented Standard-access rate limits, per user per app: requests a minute by
 * `x-ratelimit-category` (operations in one category share one quota), and the universal
 * requests a second across every category. The client paces from this table until a response's
 * `X-RateLimit-*` headers say better; the simulator enforces it by default.
 * https://developers.pinterest.com/docs/reference/ratelimits/
 *
 * `ads_conversions` is counted per ad account by Pinterest; a per-user quota is the nearest this
 * table can say. `msot_write` and 5.28's `ads_estimates_read` (campaign delivery estimates) have no
 * documented limit and are left out (unpaced).
 */
export const V5_RATE_LIMITS: RateLimitTable = Object.freeze({
  perMinute: Object.freeze({
    org_read: 1000,
    org_write: 100,
    org_analytics: 60,
    ads_read: 1000,
    ads_write: 400,
    ads_analytics: 300,
    catalogs_read: 100,
    catalogs_write: 100,
    trends_read: 60,
    advanced_auction_read: 50,
    advanced_auction_write: 25,
    ads_conversions: 120_000,
  }),
  perSecond: 100,
});
