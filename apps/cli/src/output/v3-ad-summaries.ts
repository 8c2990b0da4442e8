// The lines of ad-summaries.ts for v3's objects, so `-v 3` prints what `-v 5` does: v3 called an
// ad account an advertiser and an ad a pin promotion, with the same ids, names and statuses.
import type { V3Shapes } from '@pinkit/account';
import type { AdSummarySet } from './ad-summary-set.js';
import { text } from './summaries.js';

export const v3AdSummaries: AdSummarySet<V3Shapes> = {
  adAccountLine: (advertiser) =>
    `Ad account ${text(advertiser.id)}: ${text(advertiser.name)}  [${text(advertiser.currency)}, ${text(advertiser.country)}]`,
  campaignLine: (campaign) =>
    `Campaign ${text(campaign.id)}: ${text(campaign.name)}  [${text(campaign.status)}, ${text(campaign.objective_type)}]`,
  adGroupLine: (group) => `Ad group ${text(group.id)}: ${text(group.name)}  [${text(group.status)}]`,
  adLine: (promotion) => `Ad ${text(promotion.id)}: ${text(promotion.name)}  [${text(promotion.status)}, pin ${text(promotion.pin_id)}]`,
  businessLine: (business) => `${text(business.username)}  ${text(business.image_large_url)}`,
};
