import type { AdAccount } from '@pinkit/api-v5';
import { beforeEach, describe, expect, it } from 'vitest';
import { simApi, tokenOf, walkPages, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

const NOW = Date.UTC(2026, 2, 15, 12);
type Row = Record<string, string | number>;

describe('ads analytics', () => {
  const sim = useSimulator({ boards: 1, pinsPerBoard: 4, now: () => NOW });
  let base = '';
  beforeEach(async () => {
    const [account] = (await walkPages<AdAccount>(simApi(sim()), '/v5/ad_accounts')).items;
    base = `/v5/ad_accounts/${account?.id ?? ''}`;
  });
  const get = <T>(path: string) => simApi(sim()).get<T>(path);

  it('answers one row per day for the ad account, and a TOTAL that adds the days up', async () => {
    const query = 'start_date=2026-03-01&end_date=2026-03-07&columns=SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH,CTR';
    const days = await get<Row[]>(`${base}/analytics?${query}&granularity=DAY`);
    expect(days.status).toBe(200);
    expect(days.body.map((row) => row['DATE'])).toHaveLength(7);
    expect(Object.keys(days.body[0] ?? {})).toEqual(['AD_ACCOUNT_ID', 'DATE', 'SPEND_IN_DOLLAR', 'TOTAL_CLICKTHROUGH', 'CTR']);
    const [total] = (await get<Row[]>(`${base}/analytics?${query}&granularity=TOTAL`)).body;
    expect(total).not.toHaveProperty('DATE');
    const clicks = days.body.reduce((sum, row) => sum + Number(row['TOTAL_CLICKTHROUGH']), 0);
    expect(total?.['TOTAL_CLICKTHROUGH']).toBe(clicks);
  });

  it('groups WEEK rows from Monday and MONTH rows from the 1st, clipped to the range', async () => {
    const query = 'start_date=2026-02-25&end_date=2026-03-10&columns=PAID_IMPRESSION';
    const weeks = (await get<Row[]>(`${base}/analytics?${query}&granularity=WEEK`)).body.map((row) => row['DATE']);
    expect(weeks).toEqual(['2026-02-25', '2026-03-02', '2026-03-09']);
    const months = (await get<Row[]>(`${base}/analytics?${query}&granularity=MONTH`)).body.map((row) => row['DATE']);
    expect(months).toEqual(['2026-02-25', '2026-03-01']);
  });

  it('answers HOUR rows for up to 3 days within the last 8, and refuses longer or older ranges', async () => {
    const campaign = await firstId('campaigns');
    const hourly = 'granularity=HOUR&columns=SPEND_IN_DOLLAR';
    const hours = await get<Row[]>(
      `${base}/campaigns/analytics?start_date=2026-03-13&end_date=2026-03-14&${hourly}&campaign_ids=${campaign}`,
    );
    expect(hours.status).toBe(200);
    expect(hours.body).toHaveLength(48);
    expect(hours.body[47]).toMatchObject({ DATE: '2026-03-14', HOUR: 23 });
    const long = await get<ErrorBody>(
      `${base}/campaigns/analytics?start_date=2026-03-10&end_date=2026-03-14&granularity=HOUR&columns=SPEND_IN_DOLLAR&campaign_ids=1`,
    );
    expect([long.status, long.body.message]).toEqual([400, 'Invalid parameters: end_date cannot be more than 3 days past start_date.']);
    const old = await get<ErrorBody>(
      `${base}/analytics?start_date=2026-03-06&end_date=2026-03-06&granularity=HOUR&columns=SPEND_IN_DOLLAR`,
    );
    expect(old.body.message).toMatch(/8 days back/);
    const far = await get<ErrorBody>(`${base}/analytics?start_date=2025-12-01&end_date=2026-03-01&granularity=DAY&columns=SPEND_IN_DOLLAR`);
    expect(far.body.message).toMatch(/90 days back/);
  });

  async function firstId(kind: 'campaigns' | 'ad_groups' | 'ads'): Promise<string> {
    // The list routes belong to another area; the seeded ids are read from the account's report rows instead.
    const column = { campaigns: 'CAMPAIGN_ID', ad_groups: 'AD_GROUP_ID', ads: 'AD_ID' }[kind];
    const created = await simApi(sim()).post<{ token: string }>(`${base}/reports`, {
      start_date: '2026-03-01',
      end_date: '2026-03-01',
      granularity: 'TOTAL',
      level: kind === 'ads' ? 'PIN_PROMOTION' : kind === 'campaigns' ? 'CAMPAIGN' : 'AD_GROUP',
      columns: [column],
    });
    await get(`${base}/reports?token=${created.body.token}`);
    const { url } = (await get<{ url: string }>(`${base}/reports?token=${created.body.token}`)).body;
    const file = (await (await fetch(url)).json()) as Record<string, Row[]>;
    return Object.keys(file)[0] ?? '';
  }

  it('answers campaign, ad group and ad rows with their id column and the attribute columns asked for', async () => {
    const campaign = await firstId('campaigns');
    const group = await firstId('ad_groups');
    const ad = await firstId('ads');
    const query = 'start_date=2026-03-01&end_date=2026-03-02&granularity=DAY&columns=CAMPAIGN_NAME,AD_ID,SPEND_IN_DOLLAR';
    const campaigns = (await get<Row[]>(`${base}/campaigns/analytics?${query}&campaign_ids=${campaign}`)).body;
    expect(campaigns).toHaveLength(2);
    expect(campaigns[0]).toMatchObject({ CAMPAIGN_ID: campaign, CAMPAIGN_NAME: 'Spring collection' });
    expect(campaigns[0]).not.toHaveProperty('AD_ID');
    expect((await get<Row[]>(`${base}/ad_groups/analytics?${query}&ad_group_ids=${group}`)).body[0]).toMatchObject({ AD_GROUP_ID: group });
    expect((await get<Row[]>(`${base}/ads/analytics?${query}&ad_ids=${ad}`)).body[0]).toMatchObject({ AD_ID: ad });
  });

  it.each([
    ['/campaigns/analytics?granularity=DAY&columns=SPEND_IN_DOLLAR', "'campaign_ids' is required"],
    ['/ad_groups/analytics?granularity=DAY&columns=SPEND_IN_DOLLAR', "'ad_group_ids' is required"],
    ['/ads/analytics?granularity=DAY&columns=SPEND_IN_DOLLAR&campaign_ids=1', 'either ad_ids or both campaign_ids and pin_ids'],
    ['/analytics?granularity=DAY', "'columns' is required"],
    ['/analytics?granularity=DAY&columns=SPEND', "'SPEND' is not a valid value for 'columns'"],
    ['/analytics?granularity=DAILY&columns=SPEND_IN_DOLLAR', "'DAILY' is not a valid value for 'granularity'"],
  ])('refuses %s with a 400 naming the parameter', async (path, message) => {
    const reply = await get<ErrorBody>(`${base}${path}&start_date=2026-03-01&end_date=2026-03-02`);
    expect(reply.status).toBe(400);
    expect(reply.body.message).toContain(message);
  });

  it("answers 403 for another user's ad account", async () => {
    const reply = await simApi(sim(), tokenOf(sim(), 1)).get<ErrorBody>(
      `${base}/analytics?start_date=2026-03-01&end_date=2026-03-02&granularity=DAY&columns=SPEND_IN_DOLLAR`,
    );
    expect([reply.status, reply.body.code]).toEqual([403, 29]);
  });
});
