import { describe, expect, it } from 'vitest';
import { fakeV5Client, type FakeRoute } from '../test-support/fake-v5-client.js';
import { v5Analytics } from './v5-analytics.js';
import { AnswerIdError } from '../with-id.js';

function reader(routes: Record<string, FakeRoute>) {
  const { client, calls } = fakeV5Client(routes);
  return { calls, analytics: v5Analytics(client) };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const today = new Date().toISOString().slice(0, 10);
const range = { startDate: today, endDate: today };

describe('the v5 analytics reader', () => {
  it('reads each ads level from its operation, the id as a one-item list', async () => {
    const rows = () => [{ X: 1 }];
    const { calls, analytics } = reader({
      'GET /v5/ad_accounts/1/analytics': rows,
      'GET /v5/ad_accounts/1/campaigns/analytics': rows,
      'GET /v5/ad_accounts/1/ad_groups/analytics': rows,
      'GET /v5/ad_accounts/1/ads/analytics': rows,
    });
    const query = { ...range, granularity: 'DAY', columns: ['CTR'] };
    const ids = { adAccountId: '1', campaignId: '2', adGroupId: '3', adId: '4' };
    for (const level of ['ad_account', 'campaign', 'ad_group', 'ad'] as const)
      expect(await analytics.getAdsAnalytics(level, ids, query)).toEqual([{ X: 1 }]);
    expect(calls.map((call) => [...call.url.searchParams.keys()].at(-1))).toEqual(['columns', 'campaign_ids', 'ad_group_ids', 'ad_ids']);
  });

  it('lists campaigns, ad groups and ads through client.request, following bookmarks', async () => {
    const { calls, analytics } = reader({
      'GET /v5/ad_accounts': () => ({ items: [{ id: '1', name: 'Acct' }], bookmark: null }),
      'GET /v5/ad_accounts/1/campaigns': (url) =>
        url.searchParams.get('bookmark')
          ? { items: [{ id: '22', name: 'B' }], bookmark: null }
          : { items: [{ id: '21', name: 'A' }], bookmark: 'n' },
      'GET /v5/ad_accounts/1/ad_groups': () => ({ items: [{ id: '31', name: 'G' }], bookmark: null }),
      'GET /v5/ad_accounts/1/ads': () => ({ items: [{ id: '41', name: null }], bookmark: null }),
    });
    expect(await collect(analytics.listAdsChoices('ad_account', {}))).toEqual([{ id: '1', name: 'Acct' }]);
    expect(await collect(analytics.listAdsChoices('campaign', { adAccountId: '1' }))).toEqual([
      { id: '21', name: 'A' },
      { id: '22', name: 'B' },
    ]);
    expect(await collect(analytics.listAdsChoices('ad_group', { adAccountId: '1', campaignId: '21' }))).toEqual([{ id: '31', name: 'G' }]);
    expect(await collect(analytics.listAdsChoices('ad', { adAccountId: '1', adGroupId: '31' }))).toEqual([{ id: '41', name: '' }]);
    expect(calls.slice(3).map((call) => call.url.search)).toEqual(['?page_size=100&campaign_ids=21', '?page_size=100&ad_group_ids=31']);
  });

  it("refuses a listed id that cannot be a path segment as the server's fault", async () => {
    const { analytics } = reader({ 'GET /v5/ad_accounts': () => ({ items: [{ id: '..', name: 'Acct' }], bookmark: null }) });
    await expect(collect(analytics.listAdsChoices('ad_account', {}))).rejects.toThrow(AnswerIdError);
  });
});
