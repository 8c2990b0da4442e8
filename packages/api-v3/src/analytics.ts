import { ArgumentError } from '@pinkit/arguments';
import { pathSegment, type QueryValue } from '@pinkit/http';
import type { V3UserMetricsQuery, V4DeliveryMetricsQuery } from './analytics-query.js';
import type { V3UserMetrics, V4DeliveryMetricsRow } from './analytics-types.js';
import { checkDeliveryMetricsQuery, checkUserMetricsQuery } from './check-analytics-attributes.js';
import { getObject, getRows, type V3Context } from './v3-call.js';

/** Lists go comma-separated, as the quickstart sent them; absent attributes are left out. */
export function queryOf(attributes: object): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    query[name] = Array.isArray(value) ? value.join(',') : (value as QueryValue);
  }
  return query;
}

/**
 * `client.analytics`: the user's organic metrics (v3) and the ads delivery metrics, which the
 * quickstart read from ads v4 beside v3. Attributes are checked before anything is sent.
 */
/** Ids for a query's comma-separated list: each a non-empty string without commas or control characters. */
function idList(call: string, argument: string, ids: unknown): string {
  const isId = (id: unknown) => typeof id === 'string' && id !== '' && id.length <= 64 && !/[,\p{Cc}]/u.test(id);
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > 250 || !ids.every(isId)) {
    throw new ArgumentError(call, argument, 'a non-empty array of at most 250 ids', ids);
  }
  return ids.join(',');
}

export function analytics(context: V3Context) {
  const id = pathSegment;
  // async, so that a refused attribute is a rejection like every other failure of a call.
  const adsMetrics = async (
    call: string,
    advertiserId: string,
    below: string,
    query: V4DeliveryMetricsQuery,
    ids: Record<string, string>,
  ) => {
    checkDeliveryMetricsQuery(query);
    const advertiser = id(call, 'advertiser', advertiserId);
    return getRows<V4DeliveryMetricsRow>(context, call, `/ads/v4/advertisers/${advertiser}/${below}delivery_metrics`, {
      ...ids,
      ...queryOf(query),
    });
  };
  return {
    /** `GET /v3/partners/analytics/users/{user}/metrics/`; `user` is an id or `me`. */
    getUserMetrics: async (userId: string, query: V3UserMetricsQuery): Promise<V3UserMetrics> => {
      checkUserMetricsQuery(query);
      const user = id('analytics.getUserMetrics', 'user', userId);
      return getObject(context, 'analytics.getUserMetrics', `/v3/partners/analytics/users/${user}/metrics/`, queryOf(query));
    },
    /** `GET /ads/v4/advertisers/{advertiser}/delivery_metrics`: the ad account's own rows. */
    getAdvertiserMetrics: (advertiserId: string, query: V4DeliveryMetricsQuery) =>
      adsMetrics('analytics.getAdvertiserMetrics', advertiserId, '', query, {}),
    /** `GET /ads/v4/advertisers/{advertiser}/campaigns/delivery_metrics?campaign_ids=...`. */
    getCampaignMetrics: (advertiserId: string, campaignIds: readonly string[], query: V4DeliveryMetricsQuery) =>
      adsMetrics('analytics.getCampaignMetrics', advertiserId, 'campaigns/', query, {
        campaign_ids: idList('analytics.getCampaignMetrics', 'campaignIds', campaignIds),
      }),
    /** `GET /ads/v4/advertisers/{advertiser}/ad_groups/delivery_metrics?ad_group_ids=...`. */
    getAdGroupMetrics: (advertiserId: string, adGroupIds: readonly string[], query: V4DeliveryMetricsQuery) =>
      adsMetrics('analytics.getAdGroupMetrics', advertiserId, 'ad_groups/', query, {
        ad_group_ids: idList('analytics.getAdGroupMetrics', 'adGroupIds', adGroupIds),
      }),
    /** `GET /ads/v4/advertisers/{advertiser}/ads/delivery_metrics?ad_ids=...`. */
    getAdMetrics: (advertiserId: string, adIds: readonly string[], query: V4DeliveryMetricsQuery) =>
      adsMetrics('analytics.getAdMetrics', advertiserId, 'ads/', query, { ad_ids: idList('analytics.getAdMetrics', 'adIds', adIds) }),
  };
}
