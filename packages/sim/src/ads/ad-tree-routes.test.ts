import type { Ad, AdAccount, AdGroup, Campaign } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, tokenOf, walkPages, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

describe('campaigns, ad groups and ads', () => {
  const sim = useSimulator({ boards: 2, pinsPerBoard: 4 });

  async function accountId(): Promise<string> {
    return ((await walkPages<AdAccount>(simApi(sim()), '/v5/ad_accounts')).items[0]?.id as string) ?? '';
  }

  it("lists the account's campaigns, ad groups and ads, as the description shapes them, page by page", async () => {
    const id = await accountId();
    const campaigns = await walkPages<Campaign>(simApi(sim()), `/v5/ad_accounts/${id}/campaigns?page_size=1`);
    expect(campaigns.pages).toBe(2);
    expect(campaigns.items.map((c) => [c.name, c.status, c.summary_status, c.ad_account_id])).toEqual([
      ['Spring collection', 'ACTIVE', 'RUNNING', id],
      ['Evergreen traffic', 'PAUSED', 'PAUSED', id],
    ]);
    const groups = (await walkPages<AdGroup>(simApi(sim()), `/v5/ad_accounts/${id}/ad_groups?page_size=3`)).items;
    expect(groups.map((g) => g.name)).toEqual(['Gardeners', 'Home cooks', 'Weekend readers', 'Travellers']);
    expect(groups[0]).toMatchObject({ campaign_id: campaigns.items[0]?.id, budget_in_micro_currency: 10_000_000, type: 'adgroup' });
    const ads = (await walkPages<Ad>(simApi(sim()), `/v5/ad_accounts/${id}/ads?page_size=5`)).items;
    expect(ads).toHaveLength(8);
    expect(ads[0]).toMatchObject({ ad_group_id: groups[0]?.id, campaign_id: campaigns.items[0]?.id, is_pin_deleted: false });
    expect(ads.map((ad) => ad.status)).toEqual(['ACTIVE', 'PAUSED', 'ACTIVE', 'PAUSED', 'PAUSED', 'PAUSED', 'PAUSED', 'PAUSED']);
  });

  it('filters by the ids of every level above, repeated or comma-separated, and by status', async () => {
    const id = await accountId();
    const api = simApi(sim());
    const campaigns = (await walkPages<Campaign>(api, `/v5/ad_accounts/${id}/campaigns`)).items.map((c) => c.id as string);
    const [first = '', second = ''] = campaigns;
    const only = await walkPages<Campaign>(api, `/v5/ad_accounts/${id}/campaigns?campaign_ids=${second}`);
    expect(only.items.map((c) => c.id)).toEqual([second]);
    expect((await api.get<Campaign>(`/v5/ad_accounts/${id}/campaigns/${first}`)).body.name).toBe('Spring collection');
    const groups = (await walkPages<AdGroup>(api, `/v5/ad_accounts/${id}/ad_groups?campaign_ids=${second}`)).items;
    expect(groups.map((g) => g.name)).toEqual(['Weekend readers', 'Travellers']);
    const groupIds = groups.map((g) => g.id as string);
    const inBoth = await walkPages<Ad>(api, `/v5/ad_accounts/${id}/ads?ad_group_ids=${groupIds[0]}&ad_group_ids=${groupIds[1]}`);
    expect(inBoth.items.map((ad) => ad.ad_group_id)).toEqual([groupIds[0], groupIds[0], groupIds[1], groupIds[1]]);
    const oneAd = inBoth.items[2]?.id as string;
    const byAd = await walkPages<Ad>(api, `/v5/ad_accounts/${id}/ads?campaign_ids=${second}&ad_ids=${oneAd},${first}`);
    expect(byAd.items.map((ad) => ad.id)).toEqual([oneAd]);
    const active = await walkPages<Ad>(api, `/v5/ad_accounts/${id}/ads?entity_statuses=ACTIVE`);
    expect(active.items.map((ad) => ad.status)).toEqual(['ACTIVE', 'ACTIVE']);
    const newest = await walkPages<Campaign>(api, `/v5/ad_accounts/${id}/campaigns?order=DESCENDING`);
    expect(newest.items.map((c) => c.id)).toEqual([second, first]);
  });

  it('answers 400 to a bad filter, 403 code 29 for an account that is not the caller’s, 404 for a campaign of no account', async () => {
    const id = await accountId();
    const api = simApi(sim());
    for (const query of ['campaign_ids=12a', 'entity_statuses=RUNNING', 'order=UP', 'page_size=0']) {
      const answer = await api.get<ErrorBody>(`/v5/ad_accounts/${id}/ads?${query}`);
      expect([query, answer.status, answer.body.code]).toEqual([query, 400, 1]);
    }
    const other = await simApi(sim(), tokenOf(sim(), 1)).get<ErrorBody>(`/v5/ad_accounts/${id}/campaigns`);
    expect([other.status, other.body.code]).toEqual([403, 29]);
    expect((await api.get<ErrorBody>(`/v5/ad_accounts/${id}/campaigns/6260000001`)).status).toBe(404);
  });
});
