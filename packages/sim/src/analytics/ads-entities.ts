import type { AdAccountRecord, AdGroupRecord, AdRecord, CampaignRecord } from '../ads/ad-records.js';
import type { SimStore } from '../sim-store.js';

/** The levels the simulator reports on, by the names of `MetricsReportingLevel`. */
export type AdsLevel = 'ADVERTISER' | 'CAMPAIGN' | 'AD_GROUP' | 'PIN_PROMOTION';

/** One entity an ads analytics row is about, with the values of its attribute columns. */
export interface AdsEntity {
  level: AdsLevel;
  id: string;
  /** Column name -> value for the entity columns (ids and names) known at this level. */
  attributes: Readonly<Record<string, string>>;
}

export function accountEntity(account: AdAccountRecord): AdsEntity {
  return { level: 'ADVERTISER', id: account.id, attributes: { AD_ACCOUNT_ID: account.id, ADVERTISER_ID: account.id } };
}

export function campaignEntity(campaign: CampaignRecord): AdsEntity {
  return {
    level: 'CAMPAIGN',
    id: campaign.id,
    attributes: {
      AD_ACCOUNT_ID: campaign.adAccountId,
      ADVERTISER_ID: campaign.adAccountId,
      CAMPAIGN_ID: campaign.id,
      CAMPAIGN_NAME: campaign.name,
      CAMPAIGN_STATUS: campaign.status,
    },
  };
}

export function adGroupEntity(store: SimStore, group: AdGroupRecord): AdsEntity {
  const campaign = store.campaigns.get(group.campaignId);
  return {
    level: 'AD_GROUP',
    id: group.id,
    attributes: {
      ...(campaign ? campaignEntity(campaign).attributes : {}),
      AD_GROUP_ID: group.id,
      AD_GROUP_NAME: group.name,
      AD_GROUP_STATUS: group.status,
    },
  };
}

export function adEntity(store: SimStore, ad: AdRecord): AdsEntity {
  const group = store.adGroups.get(ad.adGroupId);
  return {
    level: 'PIN_PROMOTION',
    id: ad.id,
    attributes: {
      ...(group ? adGroupEntity(store, group).attributes : {}),
      AD_ID: ad.id,
      PIN_PROMOTION_ID: ad.id,
      PIN_ID: ad.pinId,
      AD_STATUS: ad.status,
      PIN_PROMOTION_STATUS: ad.status,
    },
  };
}

/** The entities of an account at a level, optionally narrowed to the given ids of each kind. */
export function entitiesOf(store: SimStore, account: AdAccountRecord, level: AdsLevel, filter: EntityFilter = {}): AdsEntity[] {
  const keep = (ids: readonly string[] | undefined, id: string) => ids === undefined || ids.includes(id);
  if (level === 'ADVERTISER') return [accountEntity(account)];
  if (level === 'CAMPAIGN') {
    return [...store.campaigns.values()]
      .filter((c) => c.adAccountId === account.id && keep(filter.campaignIds, c.id))
      .map((c) => campaignEntity(c));
  }
  if (level === 'AD_GROUP') {
    return [...store.adGroups.values()]
      .filter((g) => g.adAccountId === account.id && keep(filter.campaignIds, g.campaignId) && keep(filter.adGroupIds, g.id))
      .map((g) => adGroupEntity(store, g));
  }
  return [...store.ads.values()]
    .filter(
      (a) =>
        a.adAccountId === account.id &&
        keep(filter.campaignIds, a.campaignId) &&
        keep(filter.adGroupIds, a.adGroupId) &&
        keep(filter.adIds, a.id) &&
        keep(filter.pinIds, a.pinId),
    )
    .map((a) => adEntity(store, a));
}

export interface EntityFilter {
  campaignIds?: readonly string[];
  adGroupIds?: readonly string[];
  adIds?: readonly string[];
  pinIds?: readonly string[];
}
