import { ADS_ANALYTICS_COLUMNS, GRANULARITIES, type Granularity } from '@pinkit/api-v5/analytics-values';
import { ownAdAccount } from '../ads/ad-account-access.js';
import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext, Reply, RouteEntry } from '../core/route.js';
import { readDateRange, type DateLimits } from './analytics-dates.js';
import { checkEnum, enumList, idList } from './analytics-query.js';
import { adsAnalyticsRows } from './ads-analytics-rows.js';
import { entitiesOf, type AdsLevel, type EntityFilter } from './ads-entities.js';
import { timeBuckets } from './time-buckets.js';

// The synchronous ads analytics, https://developers.pinterest.com/docs/api/v5/ad_account-analytics
// and the campaign, ad group and ad ones beside it. Their date limits: up to 90 days back with a
// range of at most 90 days; by HOUR 8 days back, with a range of at most 3 days (the ad account's
// own analytics state no HOUR range).
export function adsDateLimits(granularity: Granularity, hourRange: number | null): DateLimits {
  return granularity === 'HOUR' ? { back: 8, range: hourRange } : { back: 90, range: 90 };
}

/**
 * The rows of the ads analytics of the caller's ad account `accountId` at `level`: the query's
 * granularity, dates and columns checked as v5 checks them. v3's ads v4 delivery metrics answer
 * the same rows.
 */
export function adsAnalyticsRowsOf(
  ctx: AuthedContext,
  accountId: string | undefined,
  level: AdsLevel,
  idColumn: string,
  hourRange: number | null,
  filter: EntityFilter,
): Array<Record<string, string | number>> {
  const account = ownAdAccount(ctx.store, ctx.caller, accountId);
  const granularity = checkEnum('granularity', ctx.query.get('granularity') ?? undefined, GRANULARITIES);
  const range = readDateRange(
    ctx.query.get('start_date'),
    ctx.query.get('end_date'),
    ctx.store.now(),
    adsDateLimits(granularity, hourRange),
  );
  const columns = enumList(ctx.query, 'columns', ADS_ANALYTICS_COLUMNS, true) ?? [];
  const buckets = timeBuckets(granularity, range);
  return entitiesOf(ctx.store, account, level, filter).flatMap((entity) => adsAnalyticsRows(entity, idColumn, buckets, columns));
}

function analyticsReply(ctx: AuthedContext, level: AdsLevel, idColumn: string, hourRange: number | null, filter: EntityFilter): Reply {
  return { status: 200, body: adsAnalyticsRowsOf(ctx, ctx.params['ad_account_id'], level, idColumn, hourRange, filter) };
}

/** A list of ids the operation needs (`campaign_ids`, `ad_group_ids`, `ad_ids`), at most 250. */
export function requiredIds(ctx: AuthedContext, name: string): string[] {
  const ids = idList(ctx.query, name, 250);
  if (ids === undefined) throw failures.invalidParameters(`Invalid parameters: '${name}' is required.`);
  return ids;
}

export const adsAnalyticsRoutes: readonly RouteEntry[] = [
  { operation: 'ad_account/analytics', handle: (ctx) => analyticsReply(ctx, 'ADVERTISER', 'AD_ACCOUNT_ID', null, {}) },
  {
    operation: 'campaigns/analytics',
    handle: (ctx) => analyticsReply(ctx, 'CAMPAIGN', 'CAMPAIGN_ID', 3, { campaignIds: requiredIds(ctx, 'campaign_ids') }),
  },
  {
    operation: 'ad_groups/analytics',
    handle: (ctx) => analyticsReply(ctx, 'AD_GROUP', 'AD_GROUP_ID', 3, { adGroupIds: requiredIds(ctx, 'ad_group_ids') }),
  },
  {
    operation: 'ads/analytics',
    handle: (ctx) => {
      const adIds = idList(ctx.query, 'ad_ids', 250);
      const campaignIds = idList(ctx.query, 'campaign_ids', 250);
      const pinIds = idList(ctx.query, 'pin_ids', 100);
      // "The request must contain either ad_ids or both campaign_ids and pin_ids."
      if (adIds === undefined && (campaignIds === undefined || pinIds === undefined)) {
        throw failures.invalidParameters('Invalid parameters: the request must contain either ad_ids or both campaign_ids and pin_ids.');
      }
      const filter =
        adIds === undefined ? { campaignIds, pinIds } : { adIds, ...(campaignIds && { campaignIds }), ...(pinIds && { pinIds }) };
      return analyticsReply(ctx, 'PIN_PROMOTION', 'AD_ID', 3, filter);
    },
  },
];
