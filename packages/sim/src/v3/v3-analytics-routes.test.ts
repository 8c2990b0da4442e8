import type { AdAccount, Campaign } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, walkPages } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';
import { type Envelope, v3Api } from '../test-support/v3-api.js';

type Row = Record<string, string | number>;
type UserMetrics = { daily_metrics: Array<{ date: string; metrics: Record<string, number> }>; summary_metrics: Record<string, number> };

const now = Date.UTC(2026, 2, 15, 12);
const DATES = 'start_date=2026-03-01&end_date=2026-03-03';

describe('the v3 user metrics and ads v4 delivery metrics', () => {
  const sim = useSimulator({ boards: 1, pinsPerBoard: 2, now: () => now });
  const v3 = () => v3Api(sim());
  const account = async () => (await walkPages<AdAccount>(simApi(sim()), '/v5/ad_accounts')).items[0]!.id!;

  it('serves the user metrics of v5 (same days, same numbers) in the v3 envelope, on org_analytics', async () => {
    const reply = await v3().get<Envelope<UserMetrics>>(
      `/v3/partners/analytics/users/me/metrics/?${DATES}&metric_types=IMPRESSION,SAVE_RATE`,
    );
    expect([reply.status, reply.body.status]).toEqual([200, 'success']);
    const v5 = await simApi(sim()).get<{ all: UserMetrics }>(`/v5/user_account/analytics?${DATES}&metric_types=IMPRESSION,SAVE_RATE`);
    expect(reply.body.data).toEqual({ daily_metrics: v5.body.all.daily_metrics, summary_metrics: v5.body.all.summary_metrics });
    expect(reply.body.data?.daily_metrics.map((day) => day.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
  });

  it('serves each ads level with the numbers of v5, the v4 id column naming the entity, on ads_analytics', async () => {
    const id = await account();
    const campaign = (await walkPages<Campaign>(simApi(sim()), `/v5/ad_accounts/${id}/campaigns`)).items[0]!.id!;
    const query = `${DATES}&granularity=DAY&columns=SPEND_IN_DOLLAR,CTR`;
    const own = await v3().get<Envelope<Row[]>>(`/ads/v4/advertisers/${id}/delivery_metrics?${query}`);
    const v5Own = await simApi(sim()).get<Row[]>(`/v5/ad_accounts/${id}/analytics?${query}`);
    expect(own.body.data).toEqual(v5Own.body.map(({ AD_ACCOUNT_ID, ...rest }) => ({ ADVERTISER_ID: AD_ACCOUNT_ID, ...rest })));
    const campaigns = await v3().get<Envelope<Row[]>>(
      `/ads/v4/advertisers/${id}/campaigns/delivery_metrics?${query}&campaign_ids=${campaign}`,
    );
    const v5Campaigns = await simApi(sim()).get<Row[]>(`/v5/ad_accounts/${id}/campaigns/analytics?${query}&campaign_ids=${campaign}`);
    expect(campaigns.body.data).toEqual(v5Campaigns.body);
  });

  it('spends org_analytics for the user metrics and ads_analytics for the ads metrics, refusing in the v3 envelope', async () => {
    sim().configure({ rateLimits: { org_analytics: '1/min', ads_analytics: '1/min' } });
    const user = `/v3/partners/analytics/users/me/metrics/?${DATES}`;
    const ads = `/ads/v4/advertisers/${await account()}/delivery_metrics?${DATES}&granularity=DAY&columns=CTR`;
    for (const path of [user, ads]) expect((await v3().get(path)).status).toBe(200);
    const limited = await v3().get<Envelope<never>>(user);
    expect([limited.status, limited.body.status, limited.body.code]).toEqual([429, 'failure', 8]);
    expect((await v3().get(ads)).status).toBe(429);
    expect(sim().stats.rateLimitedByCategory).toEqual({ org_analytics: 1, ads_analytics: 1 });
  });

  it.each([
    ['/v3/partners/analytics/users/me/metrics/?start_date=2026-02-30&end_date=2026-03-03', "'start_date' must be a date"],
    ['/v3/partners/analytics/users/me/metrics/?start_date=2026-03-04&end_date=2026-03-03', 'start_date must be on or before end_date'],
    [`/v3/partners/analytics/users/me/metrics/?${DATES}&paid=3`, "'3' is not a valid value for 'paid'"],
    [`/v3/partners/analytics/users/me/metrics/?${DATES}&app_types=MOBILE`, "'MOBILE' is not a valid value for 'app_types'"],
    [`/ads/v4/advertisers/{id}/delivery_metrics?${DATES}&columns=CTR`, "'' is not a valid value for 'granularity'"],
    [`/ads/v4/advertisers/{id}/delivery_metrics?${DATES}&granularity=DAY`, "'columns' is required"],
    [`/ads/v4/advertisers/{id}/delivery_metrics?${DATES}&granularity=DAY&columns=CTR&click_window_days=3`, 'click_window_days'],
    [`/ads/v4/advertisers/{id}/campaigns/delivery_metrics?${DATES}&granularity=DAY&columns=CTR`, "'campaign_ids' is required"],
  ])('refuses %s in the v3 envelope', async (path, message) => {
    const reply = await v3().get<Envelope<never>>(path.replace('{id}', await account()));
    expect([reply.status, reply.body.status, reply.body.code]).toEqual([400, 'failure', 1]);
    expect(reply.body.message).toContain(message);
  });

  it("refuses another user's metrics and ad account with a 403 in the v3 envelope", async () => {
    const other = sim().users[1]!;
    const user = await v3().get<Envelope<never>>(`/v3/partners/analytics/users/${other.id}/metrics/?${DATES}`);
    expect([user.status, user.body.status]).toEqual([403, 'failure']);
    const theirs = simApi(sim(), other.v3AccessToken);
    const ads = await theirs.get<Envelope<never>>(
      `/ads/v4/advertisers/${await account()}/delivery_metrics?${DATES}&granularity=DAY&columns=CTR`,
    );
    expect([ads.status, ads.body.code]).toEqual([403, 29]);
  });
});
