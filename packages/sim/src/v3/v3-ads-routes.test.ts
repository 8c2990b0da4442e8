import type { V3AdGroup, V3Advertiser, V3Campaign, V3PinPromotion } from '@pinkit/api-v3';
import type { Ad, AdAccount, AdGroup, Campaign } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, walkPages } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';
import { type Envelope, v3Api, walkV3 } from '../test-support/v3-api.js';

describe('the v3 ads tree', () => {
  const sim = useSimulator({ boards: 2, pinsPerBoard: 4 });
  const me = () => sim().users[0]?.id ?? '';

  it('walks advertisers, campaigns, ad groups and pin promotions: the tree v5 lists, level by level', async () => {
    const advertisers = await walkV3<V3Advertiser>(sim(), `/ads/v3/advertisers/?owner_user_id=${me()}&include_acl=true`);
    const v5Accounts = (await walkPages<AdAccount>(simApi(sim()), '/v5/ad_accounts')).items;
    expect(advertisers.items.map((a) => [a.id, a.name, a.owner_user_id, a.currency])).toEqual(
      v5Accounts.map((a) => [a.id, a.name, me(), a.currency]),
    );
    const advertiser = advertisers.items[0]!.id;
    const campaigns = await walkV3<V3Campaign>(sim(), `/ads/v3/advertisers/${advertiser}/campaigns/?page_size=1`);
    expect(campaigns.pages).toBe(2);
    const v5Campaigns = (await walkPages<Campaign>(simApi(sim()), `/v5/ad_accounts/${advertiser}/campaigns`)).items;
    expect(campaigns.items.map((c) => [c.id, c.name, c.status, c.advertiser_id])).toEqual(
      v5Campaigns.map((c) => [c.id, c.name, c.status, advertiser]),
    );
    const groups: V3AdGroup[] = [];
    for (const campaign of campaigns.items)
      groups.push(...(await walkV3<V3AdGroup>(sim(), `/ads/v3/campaigns/${campaign.id}/ad_groups/`)).items);
    const v5Groups = (await walkPages<AdGroup>(simApi(sim()), `/v5/ad_accounts/${advertiser}/ad_groups`)).items;
    expect(groups.map((g) => [g.id, g.name, g.campaign_id])).toEqual(v5Groups.map((g) => [g.id, g.name, g.campaign_id]));
    const ads: V3PinPromotion[] = [];
    for (const group of groups) ads.push(...(await walkV3<V3PinPromotion>(sim(), `/ads/v3/ad_groups/${group.id}/pin_promotions/`)).items);
    const v5Ads = (await walkPages<Ad>(simApi(sim()), `/v5/ad_accounts/${advertiser}/ads`)).items;
    expect(ads.map((ad) => [ad.id, ad.pin_id, ad.ad_group_id, ad.status])).toEqual(
      v5Ads.map((ad) => [ad.id, ad.pin_id, ad.ad_group_id, ad.status]),
    );
    expect(ads).toHaveLength(8);
  });

  it("reads the whole tree with only read_users and read_advertisers, as Pinterest's 2021 samples do", async () => {
    const token = sim().issueToken(me(), ['read_users', 'read_advertisers']);
    const get = async (path: string) => (await simApi(sim(), token).get<Envelope<Array<{ id: string }>>>(path)).body;
    const advertiser = (await get(`/ads/v3/advertisers/?owner_user_id=${me()}`)).data?.[0]?.id ?? '';
    const campaign = (await get(`/ads/v3/advertisers/${advertiser}/campaigns/`)).data?.[0]?.id ?? '';
    const group = (await get(`/ads/v3/campaigns/${campaign}/ad_groups/`)).data?.[0]?.id ?? '';
    const promotions = await get(`/ads/v3/ad_groups/${group}/pin_promotions/`);
    expect([promotions.status, promotions.data]).toEqual([
      'success',
      expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]),
    ]);
  });

  it("refuses another user's tree in v3's envelope, the same for ids that do not exist", async () => {
    const advertiser = (await walkV3<V3Advertiser>(sim(), `/ads/v3/advertisers/?owner_user_id=${me()}`)).items[0]!.id;
    const campaign = (await walkV3<V3Campaign>(sim(), `/ads/v3/advertisers/${advertiser}/campaigns/`)).items[0]!.id;
    const other = (path: string) => v3Api(sim(), 1).get<Envelope<never>>(path);
    for (const path of [
      `/ads/v3/advertisers/?owner_user_id=${me()}`,
      `/ads/v3/advertisers/${advertiser}/campaigns/`,
      `/ads/v3/campaigns/${campaign}/ad_groups/`,
      '/ads/v3/campaigns/99999999/ad_groups/',
    ]) {
      const answer = await other(path);
      expect(answer.status, path).toBe(403);
      expect(answer.body, path).toMatchObject({ status: 'failure', code: 29 });
    }
    expect((await v3Api(sim()).get<Envelope<never>>('/ads/v3/advertisers/')).body).toMatchObject({ status: 'failure', code: 1 });
    expect((await v3Api(sim()).get<Envelope<never>>('/ads/v3/campaigns/not-a-number/ad_groups/')).status).toBe(400);
  });

  it('needs the v3 ads scopes', async () => {
    const boardsOnly = sim().issueToken(me(), ['read_boards']);
    const refused = await simApi(sim(), boardsOnly).get<Envelope<never>>(`/ads/v3/advertisers/?owner_user_id=${me()}`);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/read_advertisers/);
  });

  it('answers the second user, who has no ad account, with an empty list', async () => {
    const other = sim().users[1]?.id ?? '';
    expect((await walkV3<V3Advertiser>(sim(), `/ads/v3/advertisers/?owner_user_id=${other}`, 1)).items).toEqual([]);
  });
});
