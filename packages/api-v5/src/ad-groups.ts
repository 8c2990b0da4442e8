import type { Listing } from '@pinkit/http';
import { adTreeQuery, idFilter, type AdTreeListOptions } from './ad-tree-options.js';
import { listOptions } from './list-options.js';
import { endpoint } from './endpoint.js';
import type { AdGroup } from './types.js';

export interface ListAdGroupsOptions extends AdTreeListOptions {
  /** Only the ad groups of these campaigns. */
  campaignIds?: readonly string[];
  /** Only these ad groups. */
  adGroupIds?: readonly string[];
}

/** `client.adGroups`: https://developers.pinterest.com/docs/api/v5/ad_groups-list */
export const adGroups = {
  list: endpoint('ad_groups/list', (call, adAccountId: string, given?: ListAdGroupsOptions): Listing<AdGroup> => {
    const options = listOptions('adGroups.list', given);
    return call.list({
      params: { ad_account_id: adAccountId },
      query: { ...adTreeQuery(options), campaign_ids: idFilter(options.campaignIds), ad_group_ids: idFilter(options.adGroupIds) },
    });
  }),
};
