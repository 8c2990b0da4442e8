import type { AccountShapes, AdsReader } from '@pinkit/account';
import type { AdSummarySet } from '../output/ad-summary-set.js';

// The four levels of the ads tree (ad accounts -> campaigns -> ad groups -> ads) as one shape, so
// printing the whole tree and asking which branch to descend walk it the same way, whichever API
// version lists the levels.

export type AdTreeKind = 'ad_account' | 'campaign' | 'ad_group' | 'ad';

/** The ids above an entity: an ad's are its account's, campaign's and ad group's. */
export interface AdTreeParents {
  ad_account_id?: string;
  campaign_id?: string;
  ad_group_id?: string;
}

/** The ids the user gave, one per level; each needs the ones above it. */
export interface AdTreeIds {
  adAccountId?: string | undefined;
  campaignId?: string | undefined;
  adGroupId?: string | undefined;
  adId?: string | undefined;
}

/** An entity of the tree: its id, its line for people, and what the API answered for `--json`. */
export interface AdTreeItem {
  id: string;
  line: string;
  value: object;
}

export interface AdTreeLevel {
  kind: AdTreeKind;
  /** 'campaign', 'ad group': for prompts and notes. */
  noun: string;
  plural: string;
  /** The id the user pinned this level to, if any. */
  pinned: string | undefined;
  list(parents: AdTreeParents): AsyncIterable<AdTreeItem>;
  /** The parents of this item's children. */
  below(parents: AdTreeParents, id: string): AdTreeParents;
}

/** The entity's id; '' when the server sent it without one (it then has no children to ask for). */
function idOf(value: object): string {
  return 'id' in value && typeof value.id === 'string' ? value.id : '';
}

async function* items<T extends object>(listing: AsyncIterable<T>, line: (item: T) => string): AsyncIterable<AdTreeItem> {
  for await (const item of listing) yield { id: idOf(item), line: line(item), value: item };
}

async function* one<T extends object>(item: Promise<T>, line: (item: T) => string): AsyncIterable<AdTreeItem> {
  const value = await item;
  yield { id: idOf(value), line: line(value), value };
}

const idsOf = (id: string | undefined): string[] | undefined => (id === undefined ? undefined : [id]);

/**
 * The levels for one run: each lists the children of its parents through `api`, narrowed to the
 * pinned id, and prints them with the lines of the same version.
 */
export function adTreeLevels<S extends AccountShapes>(api: AdsReader<S>, lines: AdSummarySet<S>, ids: AdTreeIds): readonly AdTreeLevel[] {
  const need = (value: string | undefined) => value ?? '';
  return [
    {
      kind: 'ad_account',
      noun: 'ad account',
      plural: 'ad accounts',
      pinned: ids.adAccountId,
      list: () =>
        ids.adAccountId === undefined
          ? items(api.listAdAccounts(), lines.adAccountLine)
          : one(api.getAdAccount(ids.adAccountId), lines.adAccountLine),
      below: (_parents, id) => ({ ad_account_id: id }),
    },
    {
      kind: 'campaign',
      noun: 'campaign',
      plural: 'campaigns',
      pinned: ids.campaignId,
      list: (parents) => {
        const campaignIds = idsOf(ids.campaignId);
        return items(api.listCampaigns(need(parents.ad_account_id), campaignIds ? { campaignIds } : {}), lines.campaignLine);
      },
      below: (parents, id) => ({ ...parents, campaign_id: id }),
    },
    {
      kind: 'ad_group',
      noun: 'ad group',
      plural: 'ad groups',
      pinned: ids.adGroupId,
      list: (parents) => {
        const adGroupIds = idsOf(ids.adGroupId);
        const filter = { campaignIds: [need(parents.campaign_id)], ...(adGroupIds ? { adGroupIds } : {}) };
        return items(api.listAdGroups(need(parents.ad_account_id), filter), lines.adGroupLine);
      },
      below: (parents, id) => ({ ...parents, ad_group_id: id }),
    },
    {
      kind: 'ad',
      noun: 'ad',
      plural: 'ads',
      pinned: ids.adId,
      list: (parents) => {
        const adIds = idsOf(ids.adId);
        const filter = { adGroupIds: [need(parents.ad_group_id)], ...(adIds ? { adIds } : {}) };
        return items(api.listAds(need(parents.ad_account_id), filter), lines.adLine);
      },
      below: (parents) => parents,
    },
  ];
}
