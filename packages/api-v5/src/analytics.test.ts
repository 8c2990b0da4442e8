import { describe, expect, it } from 'vitest';
import { InvalidDateError, UnknownValueError } from '@pinkit/analytics';
import { createV5Client } from './create-v5-client.js';
import { UnexpectedResponseError } from './errors.js';
import { recordFetch } from './test-support/record-fetch.js';

const today = new Date().toISOString().slice(0, 10);

function client(answer: unknown) {
  const { calls, fetchImpl } = recordFetch(() => Response.json(answer));
  return { calls, pinterest: createV5Client({ apiUri: 'http://sim.test', token: 't', fetch: fetchImpl, retry: false }) };
}

describe('client.analytics', () => {
  it('sends list attributes as one comma-separated value, as the description asks', async () => {
    const { calls, pinterest } = client([{ AD_ACCOUNT_ID: '1', SPEND_IN_DOLLAR: 3 }]);
    const rows = await pinterest.analytics.getAdAccount('1', {
      start_date: today,
      end_date: today,
      granularity: 'DAY',
      columns: ['SPEND_IN_DOLLAR', 'TOTAL_CLICKTHROUGH'],
    });
    expect(rows).toEqual([{ AD_ACCOUNT_ID: '1', SPEND_IN_DOLLAR: 3 }]);
    expect(calls[0]?.url.pathname).toBe('/v5/ad_accounts/1/analytics');
    expect(calls[0]?.url.searchParams.get('columns')).toBe('SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH');
  });

  it('reads user, Pin, campaign, ad group and ad analytics from their operations', async () => {
    const { calls, pinterest } = client({ all: { daily_metrics: [], summary_metrics: {} } });
    const range = { start_date: today, end_date: today };
    await pinterest.analytics.getUserAccount({ ...range, metric_types: ['IMPRESSION', 'PIN_CLICK_RATE'] });
    await pinterest.analytics.getPin('5', { ...range, metric_types: ['SAVE'] });
    const rows = client([]);
    const ads = { ...range, granularity: 'DAY' as const, columns: ['SPEND_IN_DOLLAR' as const] };
    await rows.pinterest.analytics.getCampaigns('1', { ...ads, campaign_ids: ['2'] });
    await rows.pinterest.analytics.getAdGroups('1', { ...ads, ad_group_ids: ['3'] });
    await rows.pinterest.analytics.getAds('1', { ...ads, ad_ids: ['4'] });
    expect(
      [...calls, ...rows.calls].map((call) => call.url.pathname + call.url.search.replace(/start_date.*?&end_date=[^&]*&?/, '')),
    ).toEqual([
      '/v5/user_account/analytics?metric_types=IMPRESSION%2CPIN_CLICK_RATE',
      '/v5/pins/5/analytics?metric_types=SAVE',
      '/v5/ad_accounts/1/campaigns/analytics?granularity=DAY&columns=SPEND_IN_DOLLAR&campaign_ids=2',
      '/v5/ad_accounts/1/ad_groups/analytics?granularity=DAY&columns=SPEND_IN_DOLLAR&ad_group_ids=3',
      '/v5/ad_accounts/1/ads/analytics?granularity=DAY&columns=SPEND_IN_DOLLAR&ad_ids=4',
    ]);
  });

  it('sends nothing when an attribute would be refused', async () => {
    const { calls, pinterest } = client({});
    await expect(pinterest.analytics.getUserAccount({ start_date: '2026-02-30', end_date: today })).rejects.toBeInstanceOf(
      InvalidDateError,
    );
    await expect(
      pinterest.analytics.getAdAccount('1', { start_date: today, end_date: today, granularity: 'DAY', columns: ['SPEND' as 'CTR'] }),
    ).rejects.toBeInstanceOf(UnknownValueError);
    expect(calls).toEqual([]);
  });

  it('refuses rows that are not an array', async () => {
    const { pinterest } = client({ rows: [] });
    const query = { start_date: today, end_date: today, granularity: 'TOTAL' as const, columns: ['CTR' as const] };
    await expect(pinterest.analytics.getAdAccount('1', query)).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});
