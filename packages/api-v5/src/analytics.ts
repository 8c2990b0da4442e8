import {
  checkAdsAnalyticsQuery,
  checkPinAnalyticsQuery,
  checkUserAnalyticsQuery,
  type AdAccountAnalyticsQuery,
  type AdAnalyticsQuery,
  type AdGroupAnalyticsQuery,
  type CampaignAnalyticsQuery,
  type PinAnalyticsQuery,
  type UserAnalyticsQuery,
} from './check-analytics-request.js';
import { endpoint } from './endpoint.js';
import { expectObject } from './expect-shape.js';
import { UnexpectedResponseError } from './errors.js';
import { expectEach, expectFields } from './expect-fields.js';
import type { CallResult } from './call-types.js';
import type { components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];

// Every call checks its attributes first (check-analytics-request.ts) and sends nothing that
// Pinterest would refuse. List parameters (`columns`, `metric_types`, `campaign_ids`) are
// `explode: false` in the description: one comma-separated value, which is how the HTTP client
// writes an array into the query.

async function expectRows<T>(answer: Promise<T>, operationId: string): Promise<T> {
  const body = await answer;
  if (!Array.isArray(body))
    throw new UnexpectedResponseError({ operation: operationId, field: 'body', expected: 'an array of rows', got: body });
  body.forEach((row, index) => expectFields(row, operationId, `body[${index}]`, {}));
  return body;
}

/** User and Pin analytics: one block per split group, each with daily rows and summaries that callers walk. */
async function expectMetrics<T extends object>(answer: Promise<T>, operationId: string): Promise<T> {
  const body = await expectObject(answer, operationId);
  for (const [group, block] of Object.entries(body)) {
    const field = `body.${group}`;
    expectFields(block, operationId, field, { daily_metrics: 'array?', summary_metrics: 'object?', lifetime_metrics: 'object?' });
    const daily = (block as { daily_metrics?: unknown[] | null }).daily_metrics ?? [];
    expectEach(daily, operationId, `${field}.daily_metrics`, (day, at) =>
      expectFields(day, operationId, at, { date: 'string', metrics: 'object?' }),
    );
  }
  return body;
}

/** `client.analytics`: https://developers.pinterest.com/docs/api/v5/user_account-analytics and the ads analytics. */
export const analytics = {
  /** The token's user account (or, with `ad_account_id`, that account's owner): daily metrics and a summary. */
  getUserAccount: endpoint('user_account/analytics', async (call, query: UserAnalyticsQuery): Promise<Schemas['AnalyticsResponse']> => {
    checkUserAnalyticsQuery(query);
    return expectMetrics(call({ query }), 'user_account/analytics');
  }),
  /** One of the user's Pins. */
  getPin: endpoint('pins/analytics', async (call, pinId: string, query: PinAnalyticsQuery): Promise<Schemas['PinAnalyticsResponse']> => {
    checkPinAnalyticsQuery(query);
    return expectMetrics(call({ params: { pin_id: pinId }, query }), 'pins/analytics');
  }),
  /** An ad account: one row per period (`granularity`) with the requested `columns`. */
  getAdAccount: endpoint(
    'ad_account/analytics',
    async (call, adAccountId: string, query: AdAccountAnalyticsQuery): Promise<CallResult<operations['ad_account/analytics']>> => {
      checkAdsAnalyticsQuery('ad_account', query);
      return expectRows(call({ params: { ad_account_id: adAccountId }, query }), 'ad_account/analytics');
    },
  ),
  /** Campaigns of an ad account (`campaign_ids` required): one row per campaign and period. */
  getCampaigns: endpoint(
    'campaigns/analytics',
    async (call, adAccountId: string, query: CampaignAnalyticsQuery): Promise<CallResult<operations['campaigns/analytics']>> => {
      checkAdsAnalyticsQuery('campaigns', query);
      return expectRows(call({ params: { ad_account_id: adAccountId }, query }), 'campaigns/analytics');
    },
  ),
  /** Ad groups of an ad account (`ad_group_ids` required). */
  getAdGroups: endpoint(
    'ad_groups/analytics',
    async (call, adAccountId: string, query: AdGroupAnalyticsQuery): Promise<CallResult<operations['ad_groups/analytics']>> => {
      checkAdsAnalyticsQuery('ad_groups', query);
      return expectRows(call({ params: { ad_account_id: adAccountId }, query }), 'ad_groups/analytics');
    },
  ),
  /** Ads of an ad account: `ad_ids`, or both `campaign_ids` and `pin_ids`. */
  getAds: endpoint(
    'ads/analytics',
    async (call, adAccountId: string, query: AdAnalyticsQuery): Promise<CallResult<operations['ads/analytics']>> => {
      checkAdsAnalyticsQuery('ads', query);
      return expectRows(call({ params: { ad_account_id: adAccountId }, query }), 'ads/analytics');
    },
  ),
};
