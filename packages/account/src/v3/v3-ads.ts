import type { V3Client } from '@pinkit/api-v3';
import { fromPages, type Listing } from '@pinkit/http';
import type { AdsReader, AdTreeFilter, BusinessReader, V3Shapes } from '../account.js';
import { answerId } from '../with-id.js';

/** `--ad-account-id` names no advertiser of the user: v3 has no call to read one by id, so its list is searched. */
export class V3AdvertiserNotFoundError extends Error {
  override name = 'V3AdvertiserNotFoundError';

  constructor(readonly adAccountId: string) {
    super(`Ad account ${adAccountId} is not one of the user's ad accounts.`);
  }
}

/** A listing of the same pages with the items `keep` refuses left out. */
function filtered<T>(listing: Listing<T>, keep: (item: T) => boolean): Listing<T> {
  return fromPages(async function* () {
    for await (const page of listing.pages()) yield { items: page.items.filter(keep), bookmark: page.bookmark };
  });
}

/** One listing of the listings `part` opens for each parent, one after another (a level listed per parent). */
function concatenated<P, T>(parents: AsyncIterable<P> | Iterable<P>, part: (parent: P) => Listing<T>): Listing<T> {
  return fromPages(async function* () {
    for await (const parent of parents) yield* part(parent).pages();
  });
}

/** The ids of a listing, each the parent the next level is listed under: a bad one is the server's fault. */
async function* idsOf(listing: AsyncIterable<{ id: string }>, what: string): AsyncIterable<string> {
  for await (const item of listing) yield answerId(item.id, what);
}

/** Keeps an entity when no ids were asked for, or its id is one of them. */
const among = (ids: readonly string[] | undefined, id: string) => ids === undefined || ids.includes(id);

/** Keeps an entity under one of `parentIds`, and one that does not say its parent (v3's fields are all optional). */
const under = (parentIds: readonly string[] | undefined, parentId: string | null | undefined) =>
  parentId === null || parentId === undefined || among(parentIds, parentId);

/**
 * The v3 client's side of the ads tree and linked businesses. v3 lists each level under its
 * parent alone and filters nothing by id, so the `AdTreeFilter` ids are applied here, and a
 * level below the campaigns is listed campaign by campaign (ad group by ad group).
 */
export function v3Ads(client: V3Client): AdsReader<V3Shapes> & BusinessReader<V3Shapes> {
  // v3 lists advertisers by their owner's id, which only `/v3/users/me/` tells; read once per reader.
  let me: Promise<string> | undefined;
  const myId = () => (me ??= client.users.get().then((user) => answerId(user.id, 'user')));
  const listAdAccounts: AdsReader<V3Shapes>['listAdAccounts'] = (options = {}) =>
    fromPages(async function* () {
      yield* client.ads.listAdvertisers(await myId(), options).pages();
    });
  const listCampaigns: AdsReader<V3Shapes>['listCampaigns'] = (adAccountId, filter = {}) =>
    filtered(client.ads.listCampaigns(adAccountId), (campaign) => among(filter.campaignIds, campaign.id));
  const listAdGroups: AdsReader<V3Shapes>['listAdGroups'] = (adAccountId, filter = {}) => {
    const campaignIds = filter.campaignIds ?? idsOf(listCampaigns(adAccountId), 'campaign');
    return concatenated(campaignIds, (campaignId) =>
      filtered(
        client.ads.listAdGroups(campaignId),
        (group) => under([adAccountId], group.advertiser_id) && among(filter.adGroupIds, group.id),
      ),
    );
  };
  const listAds = (adAccountId: string, filter: AdTreeFilter = {}) => {
    const adGroupIds =
      filter.adGroupIds ?? idsOf(listAdGroups(adAccountId, filter.campaignIds ? { campaignIds: filter.campaignIds } : {}), 'ad group');
    return concatenated(adGroupIds, (adGroupId) =>
      filtered(
        client.ads.listPinPromotions(adGroupId),
        (ad) => under([adAccountId], ad.advertiser_id) && under(filter.campaignIds, ad.campaign_id) && among(filter.adIds, ad.id),
      ),
    );
  };
  return {
    listAdAccounts,
    getAdAccount: async (adAccountId) => {
      for await (const advertiser of listAdAccounts()) if (advertiser.id === adAccountId) return advertiser;
      throw new V3AdvertiserNotFoundError(adAccountId);
    },
    listCampaigns,
    listAdGroups,
    listAds,
    listLinkedBusinesses: () => client.users.listBusinesses(),
  };
}
