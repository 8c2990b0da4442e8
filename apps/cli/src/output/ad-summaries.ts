// Human lines for the ads tree, linked businesses and terms; `--json` bypasses them. Every value
// from the API goes through `text`, escaped so that it cannot drive the terminal.
import type { Ad, AdAccount, AdGroup, Campaign, LinkedBusiness } from '@pinkit/api-v5';
import { text } from './summaries.js';

export function adAccountLine(account: AdAccount): string {
  return `Ad account ${text(account.id)}: ${text(account.name)}  [${text(account.currency)}, ${text(account.country)}]`;
}

export function campaignLine(campaign: Campaign): string {
  return `Campaign ${text(campaign.id)}: ${text(campaign.name)}  [${text(campaign.status)}, ${text(campaign.objective_type)}]`;
}

export function adGroupLine(group: AdGroup): string {
  return `Ad group ${text(group.id)}: ${text(group.name)}  [${text(group.status)}]`;
}

export function adLine(ad: Ad): string {
  return `Ad ${text(ad.id)}: ${text(ad.name)}  [${text(ad.status)}, pin ${text(ad.pin_id)}]`;
}

export function businessLine(business: LinkedBusiness): string {
  return `${text(business.username)}  ${text(business.image_large_url)}`;
}
