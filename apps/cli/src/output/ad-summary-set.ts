import type { AccountShapes, V5Shapes } from '@pinkit/account';
import { adAccountLine, adGroupLine, adLine, businessLine, campaignLine } from './ad-summaries.js';

/**
 * The lines of one API version's ads objects and linked businesses, one layout for all, as
 * `SummarySet` is for the reads: get-ads and get-businesses print with the set of the version
 * that answered.
 */
export interface AdSummarySet<S extends AccountShapes> {
  adAccountLine(account: S['adAccount']): string;
  campaignLine(campaign: S['campaign']): string;
  adGroupLine(group: S['adGroup']): string;
  adLine(ad: S['ad']): string;
  businessLine(business: S['business']): string;
}

export const v5AdSummaries: AdSummarySet<V5Shapes> = { adAccountLine, campaignLine, adGroupLine, adLine, businessLine };
