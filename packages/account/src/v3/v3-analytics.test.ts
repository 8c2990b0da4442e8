import { createV3Client } from '@pinkit/api-v3';
import { describe, expect, it } from 'vitest';
import { v3Analytics } from './v3-analytics.js';

/** The analytics reader over an injected v3 transport answering `answers` by path (an empty list otherwise). */
function reader(answers: Record<string, unknown>) {
  const served: Record<string, unknown> = { '/v3/users/me/': { id: '42', username: 'demo' }, ...answers };
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const data = served[url.pathname] ?? [];
    return new Response(JSON.stringify({ status: 'success', code: 0, data }), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return v3Analytics(createV3Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false }));
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const range = { startDate: '2026-01-01', endDate: '2026-01-07' };

describe("v3 analytics: an id Pinterest answered with, that a later call puts in its path, is the server's fault", () => {
  it('lists the choices of each level with the ids Pinterest gave', async () => {
    const analytics = reader({ '/ads/v3/advertisers/5/campaigns/': [{ id: '6', name: 'Spring' }] });
    expect(await collect(analytics.listAdsChoices('campaign', { adAccountId: '5' }))).toEqual([{ id: '6', name: 'Spring' }]);
  });

  it('refuses the user id of /v3/users/me/ with AnswerIdError, for the user metrics and the ad accounts to choose from', async () => {
    const analytics = reader({ '/v3/users/me/': { id: 'a/b', username: 'demo' } });
    await expect(analytics.getUserAnalytics(range, ['IMPRESSION'], undefined)).rejects.toMatchObject({
      name: 'AnswerIdError',
      what: 'user',
    });
    await expect(collect(analytics.listAdsChoices('ad_account', {}))).rejects.toMatchObject({ name: 'AnswerIdError', what: 'user' });
  });

  it('refuses a listed ad account, campaign, ad group or ad id that cannot be a path segment', async () => {
    const analytics = reader({
      '/ads/v3/advertisers/': [{ id: '..', name: 'Shop' }],
      '/ads/v3/advertisers/5/campaigns/': [{ id: '../x', name: 'Spring' }],
      '/ads/v3/campaigns/6/ad_groups/': [{ id: 'a\\b', name: 'Cooks' }],
      '/ads/v3/ad_groups/7/pin_promotions/': [{ id: '.', name: 'An ad' }],
    });
    const refused = { name: 'AnswerIdError', message: expect.stringContaining('the server sent it, not you') };
    await expect(collect(analytics.listAdsChoices('ad_account', {}))).rejects.toMatchObject(refused);
    await expect(collect(analytics.listAdsChoices('campaign', { adAccountId: '5' }))).rejects.toMatchObject(refused);
    await expect(collect(analytics.listAdsChoices('ad_group', { adAccountId: '5', campaignId: '6' }))).rejects.toMatchObject(refused);
    await expect(collect(analytics.listAdsChoices('ad', { adAccountId: '5', adGroupId: '7' }))).rejects.toMatchObject(refused);
  });
});
