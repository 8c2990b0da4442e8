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
      adsMetrics('analytics.getCampaignMetrics', advertiserId, 'campaigns/', query, { campaign_ids: campaignIds.join(',') }),
    /** `GET /ads/v4/advertisers/{advertiser}/ad_groups/delivery_metrics?ad_group_ids=...`. */
    getAdGroupMetrics: (advertiserId: string, adGroupIds: readonly string[], query: V4DeliveryMetricsQuery) =>
      adsMetrics('analytics.getAdGroupMetrics', advertiserId, 'ad_groups/', query, { ad_group_ids: adGroupIds.join(',') }),
    /** `GET /ads/v4/advertisers/{advertiser}/ads/delivery_metrics?ad_ids=...`. */
    getAdMetrics: (advertiserId: string, adIds: readonly string[], query: V4DeliveryMetricsQuery) =>
      adsMetrics('analytics.getAdMetrics', advertiserId, 'ads/', query, { ad_ids: adIds.join(',') }),
  };
}
