import type { Ad, AdGroup, Campaign, components } from '@pinkit/api-v5';
import type { AdGroupRecord, AdRecord, CampaignRecord, EntityStatus } from './ad-records.js';

// Campaigns, ad groups and ads rendered as v5's `CampaignResponse`, `AdGroupResponse` and
// `AdResponse`; the tests validate each against the official description.

type SummaryStatus = components['schemas']['CampaignSummaryStatus'];
type ObjectiveType = components['schemas']['ObjectiveType'];

const seconds = (ms: number) => Math.floor(ms / 1000);

// The seeded tree has no schedules or review, so a live entity is simply running.
function summaryStatus(status: EntityStatus): SummaryStatus {
  return status === 'ACTIVE' ? 'RUNNING' : status;
}

// VIDEO_VIEW is deprecated in the description; VIDEO_COMPLETION took its place.
function objectiveType(value: CampaignRecord['objectiveType']): ObjectiveType {
  return value === 'VIDEO_VIEW' ? 'VIDEO_COMPLETION' : value;
}

export function v5Campaign(campaign: CampaignRecord): Campaign {
  return {
    id: campaign.id,
    ad_account_id: campaign.adAccountId,
    name: campaign.name,
    status: campaign.status,
    lifetime_spend_cap: campaign.lifetimeSpendCap,
    daily_spend_cap: null,
    order_line_id: null,
    start_time: seconds(campaign.createdAt),
    end_time: null,
    is_flexible_daily_budgets: false,
    is_campaign_budget_optimization: false,
    objective_type: objectiveType(campaign.objectiveType),
    summary_status: summaryStatus(campaign.status),
    created_time: seconds(campaign.createdAt),
    updated_time: seconds(campaign.createdAt),
    type: 'campaign',
  };
}

export function v5AdGroup(group: AdGroupRecord): AdGroup {
  return {
    id: group.id,
    ad_account_id: group.adAccountId,
    campaign_id: group.campaignId,
    name: group.name,
    status: group.status,
    budget_in_micro_currency: group.budgetInMicroCurrency,
    budget_type: 'DAILY',
    billable_event: 'CLICKTHROUGH',
    bid_in_micro_currency: null,
    bid_strategy_type: 'AUTOMATIC_BID',
    auto_targeting_enabled: true,
    pacing_delivery_type: 'STANDARD',
    placement_group: 'ALL',
    // Required since 5.28; the seeded groups never entered conversion learning.
    conversion_learning_mode_type: null,
    start_time: seconds(group.createdAt),
    end_time: null,
    summary_status: summaryStatus(group.status),
    created_time: seconds(group.createdAt),
    updated_time: seconds(group.createdAt),
    type: 'adgroup',
  };
}

export function v5Ad(ad: AdRecord, pinDeleted: boolean): Ad {
  return {
    id: ad.id,
    ad_account_id: ad.adAccountId,
    campaign_id: ad.campaignId,
    ad_group_id: ad.adGroupId,
    pin_id: ad.pinId,
    name: ad.name,
    status: ad.status,
    creative_type: ad.creativeType,
    destination_url: null,
    is_pin_deleted: pinDeleted,
    is_removable: true,
    review_status: 'APPROVED',
    // Required since 5.28: an approved ad has no rejection.
    rejected_reasons: [],
    rejection_labels: [],
    summary_status: ad.status === 'ACTIVE' ? 'APPROVED' : ad.status,
    created_time: seconds(ad.createdAt),
    updated_time: seconds(ad.createdAt),
    type: 'pinpromotion',
  };
}
