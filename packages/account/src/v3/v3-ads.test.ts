import { createV3Client } from '@pinkit/api-v3';
import { describe, expect, it } from 'vitest';
import { V3AdvertiserNotFoundError, v3Ads } from './v3-ads.js';

// A small v3 ads tree: advertiser 5 with campaigns 6 and 60, each with ad groups, each with ads.
const TREE: Record<string, unknown[]> = {
  '/ads/v3/advertisers/': [{ id: '5', name: 'Shop' }],
  '/ads/v3/advertisers/5/campaigns/': [
    { id: '6', name: 'Spring', advertiser_id: '5' },
    { id: '60', name: 'Autumn', advertiser_id: '5' },
  ],
  '/ads/v3/campaigns/6/ad_groups/': [
    { id: '7', name: 'Cooks', advertiser_id: '5', campaign_id: '6' },
    { id: '70', name: 'Bakers', campaign_id: '6' },
  ],
  '/ads/v3/campaigns/60/ad_groups/': [{ id: '71', name: 'Walkers', advertiser_id: '5', campaign_id: '60' }],
  '/ads/v3/ad_groups/7/pin_promotions/': [
    { id: '8', ad_group_id: '7', campaign_id: '6' },
    { id: '80', ad_group_id: '7' },
  ],
  '/ads/v3/ad_groups/70/pin_promotions/': [{ id: '81', ad_group_id: '70', campaign_id: '6' }],
  '/ads/v3/ad_groups/71/pin_promotions/': [{ id: '82', ad_group_id: '71', campaign_id: '60', advertiser_id: '5' }],
};

/** The reader over an injected v3 transport serving TREE (`answers` wins); records each path asked for. */
function reader(answers: Record<string, unknown> = {}) {
  const paths: string[] = [];
  const served: Record<string, unknown> = { ...TREE, '/v3/users/me/': { id: '42', username: 'demo' }, ...answers };
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    paths.push(`${url.pathname}${url.search}`);
    const data = served[url.pathname] ?? [];
    return new Response(JSON.stringify({ status: 'success', code: 0, data }), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { paths, ads: v3Ads(createV3Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false })) };
}

async function ids(listing: AsyncIterable<{ id: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of listing) out.push(item.id);
  return out;
}

describe('v3Ads', () => {
  it("lists the token owner's advertisers by their id, read once from /v3/users/me/", async () => {
    const { paths, ads } = reader();
    expect(await ids(ads.listAdAccounts())).toEqual(['5']);
    expect(await ads.getAdAccount('5')).toMatchObject({ name: 'Shop' });
    expect(paths).toEqual([
      '/v3/users/me/',
      '/ads/v3/advertisers/?owner_user_id=42&include_acl=true',
      '/ads/v3/advertisers/?owner_user_id=42&include_acl=true',
    ]);
  });

  it('refuses an ad account id the user does not have with a named error', async () => {
    const { ads } = reader();
    await expect(ads.getAdAccount('9')).rejects.toThrow(new V3AdvertiserNotFoundError('9'));
    await expect(ads.getAdAccount('9')).rejects.toMatchObject({ name: 'V3AdvertiserNotFoundError', adAccountId: '9' });
  });

  it('narrows campaigns, ad groups and ads to the ids asked for, on the client', async () => {
    const { paths, ads } = reader();
    expect(await ids(ads.listCampaigns('5', { campaignIds: ['60'] }))).toEqual(['60']);
    expect(await ids(ads.listAdGroups('5', { campaignIds: ['6'], adGroupIds: ['70'] }))).toEqual(['70']);
    expect(await ids(ads.listAds('5', { adGroupIds: ['7'], adIds: ['80'] }))).toEqual(['80']);
    expect(paths).toEqual(['/ads/v3/advertisers/5/campaigns/', '/ads/v3/campaigns/6/ad_groups/', '/ads/v3/ad_groups/7/pin_promotions/']);
  });

  it("walks every campaign for an account's ad groups, and every ad group for its ads, when no parent ids are given", async () => {
    const { ads } = reader();
    expect(await ids(ads.listAdGroups('5'))).toEqual(['7', '70', '71']);
    expect(await ids(ads.listAds('5'))).toEqual(['8', '80', '81', '82']);
    expect(await ids(ads.listAds('5', { campaignIds: ['60'] }))).toEqual(['82']);
  });

  it('leaves out what says it belongs to another advertiser', async () => {
    const { ads } = reader();
    expect(await ids(ads.listAdGroups('99', { campaignIds: ['6'] }))).toEqual(['70']);
    expect(await ids(ads.listAds('99', { adGroupIds: ['71', '7'] }))).toEqual(['8', '80']);
  });

  describe("an id Pinterest answered with, that the next call puts in its path, is the server's fault", () => {
    it('refuses the user id of /v3/users/me/ with AnswerIdError', async () => {
      const { ads } = reader({ '/v3/users/me/': { id: '../x', username: 'demo' } });
      await expect(ids(ads.listAdAccounts())).rejects.toMatchObject({ name: 'AnswerIdError', what: 'user' });
    });

    it('refuses a listed campaign or ad group id that a level below is listed under', async () => {
      const campaigns = reader({ '/ads/v3/advertisers/5/campaigns/': [{ id: 'a/b', advertiser_id: '5' }] });
      await expect(ids(campaigns.ads.listAdGroups('5'))).rejects.toMatchObject({ name: 'AnswerIdError', what: 'campaign' });
      const groups = reader({ '/ads/v3/campaigns/6/ad_groups/': [{ id: '..', campaign_id: '6' }] });
      await expect(ids(groups.ads.listAds('5', { campaignIds: ['6'] }))).rejects.toMatchObject({ name: 'AnswerIdError', what: 'ad group' });
    });

    it('leaves an id the caller gave as bad input (InvalidPathParamError)', async () => {
      const { ads } = reader();
      await expect(ids(ads.listAdGroups('5', { campaignIds: ['a/b'] }))).rejects.toMatchObject({ name: 'InvalidPathParamError' });
    });
  });
});
