import type { V3AdGroup, V3Advertiser, V3Campaign, V3PinPromotion } from '@pinkit/api-v3';
import type { AdAccountRecord, AdGroupRecord, AdRecord, CampaignRecord } from '../ads/ad-records.js';

// The ads tree's records in v3's shapes (typed by @pinkit/api-v3, written from what the
// quickstart read: ids, names and statuses). The same records v5 serves, so both versions agree.

const seconds = (ms: number) => Math.floor(ms / 1000);

export function v3Advertiser(account: AdAccountRecord): V3Advertiser {
  return {
    id: account.id,
    name: account.name,
    owner_user_id: account.ownerId,
    country: account.country,
    currency: account.currency,
    status: 'ACTIVE',
    created_time: seconds(account.createdAt),
  };
}

export function v3Campaign(campaign: CampaignRecord): V3Campaign {
  return {
    id: campaign.id,
    name: campaign.name,
    advertiser_id: campaign.adAccountId,
    status: campaign.status,
    objective_type: campaign.objectiveType,
    lifetime_spend_cap: campaign.lifetimeSpendCap,
    created_time: seconds(campaign.createdAt),
  };
}

export function v3AdGroup(group: AdGroupRecord): V3AdGroup {
  return {
    id: group.id,
    name: group.name,
    advertiser_id: group.adAccountId,
    campaign_id: group.campaignId,
    status: group.status,
    budget_in_micro_currency: group.budgetInMicroCurrency,
    created_time: seconds(group.createdAt),
  };
}

export function v3PinPromotion(ad: AdRecord): V3PinPromotion {
  return {
    id: ad.id,
    name: ad.name,
    advertiser_id: ad.adAccountId,
    campaign_id: ad.campaignId,
    ad_group_id: ad.adGroupId,
    pin_id: ad.pinId,
    status: ad.status,
    creative_type: ad.creativeType,
    created_time: seconds(ad.createdAt),
  };
}
