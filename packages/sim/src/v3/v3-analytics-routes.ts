import { V3_APP_TYPES, V3_PIN_FORMATS, V3_PUBLISH_TYPES, V3_TRISTATE, V4_ATTRIBUTION_TYPES } from '@pinkit/api-v3';
import { USER_ANALYTICS_METRICS } from '@pinkit/api-v5/analytics-values';
import { adsAnalyticsRowsOf, requiredIds } from '../analytics/ads-analytics-routes.js';
import type { AdsLevel, EntityFilter } from '../analytics/ads-entities.js';
import { daysOf, readDateRange } from '../analytics/analytics-dates.js';
import { enumList } from '../analytics/analytics-query.js';
import { metricsBlock } from '../analytics/user-analytics-routes.js';
import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext, BearerRoute, Reply, RouteEntry } from '../core/route.js';
import { v3ErrorReply } from './v3-error-reply.js';
import { checkWindows, optionalEnum } from './v3-analytics-query.js';
import { v3Success } from './v3-reply.js';

// The synchronous analytics the quickstart read on v3: the user's organic metrics under /v3 and
// the ads delivery metrics under ads v4 (API-V3.md). The numbers come from the same function as
// v5's (metric-value.ts, keyed by entity and day), so -v 3 and -v 5 agree for the same days.

function get(path: string, scopes: readonly string[], category: string, handle: BearerRoute['handle']): BearerRoute {
  return { method: 'GET', path, auth: 'bearer', scopes, write: false, rateLimitCategory: category, formatError: v3ErrorReply, handle };
}

function userMetrics(ctx: AuthedContext): Reply {
  const user = ctx.params['user'];
  // v3 let partners read other users' metrics; simulated users share with no one.
  if (user !== 'me' && user !== ctx.caller.id && user !== ctx.caller.username) throw failures.notPermitted();
  // v5's limits ("Cannot be more than 90 days back from today", 90 days long), which v3 did not state.
  const days = daysOf(readDateRange(ctx.query.get('start_date'), ctx.query.get('end_date'), ctx.store.now(), { back: 90, range: 90 }));
  const metrics = enumList(ctx.query, 'metric_types', USER_ANALYTICS_METRICS, false) ?? [...USER_ANALYTICS_METRICS];
  for (const name of ['paid', 'in_profile', 'from_owned_content', 'downstream', 'include_curated'])
    optionalEnum(ctx.query, name, V3_TRISTATE);
  optionalEnum(ctx.query, 'pin_format', V3_PIN_FORMATS);
  optionalEnum(ctx.query, 'app_types', V3_APP_TYPES);
  optionalEnum(ctx.query, 'publish_types', V3_PUBLISH_TYPES);
  // The same key as v5's user_account/analytics, hence the same numbers.
  return v3Success(metricsBlock(`user:${ctx.caller.id}`, days, metrics));
}

/** Rows of the ads v4 delivery metrics: granularity and columns are required there, as the quickstart knew. */
function deliveryMetrics(ctx: AuthedContext, level: AdsLevel, idColumn: string, hourRange: number | null, filter: EntityFilter): Reply {
  checkWindows(ctx.query);
  optionalEnum(ctx.query, 'attribution_types', V4_ATTRIBUTION_TYPES);
  return v3Success(adsAnalyticsRowsOf(ctx, ctx.params['advertiser'], level, idColumn, hourRange, filter));
}

const ADS = ['read_advertisers'];
const BASE = '/ads/v4/advertisers/{advertiser}';

export const v3AnalyticsRoutes: readonly RouteEntry[] = [
  get('/v3/partners/analytics/users/{user}/metrics/', ['read_users'], 'org_analytics', userMetrics),
  get(`${BASE}/delivery_metrics`, ADS, 'ads_analytics', (ctx) => deliveryMetrics(ctx, 'ADVERTISER', 'ADVERTISER_ID', null, {})),
  get(`${BASE}/campaigns/delivery_metrics`, ADS, 'ads_analytics', (ctx) =>
    deliveryMetrics(ctx, 'CAMPAIGN', 'CAMPAIGN_ID', 3, { campaignIds: requiredIds(ctx, 'campaign_ids') }),
  ),
  get(`${BASE}/ad_groups/delivery_metrics`, ADS, 'ads_analytics', (ctx) =>
    deliveryMetrics(ctx, 'AD_GROUP', 'AD_GROUP_ID', 3, { adGroupIds: requiredIds(ctx, 'ad_group_ids') }),
  ),
  get(`${BASE}/ads/delivery_metrics`, ADS, 'ads_analytics', (ctx) =>
    deliveryMetrics(ctx, 'PIN_PROMOTION', 'AD_ID', 3, { adIds: requiredIds(ctx, 'ad_ids') }),
  ),
];
