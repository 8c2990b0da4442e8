import type { Listing } from '@pinkit/http';
import { adTreeQuery, idFilter, type AdTreeListOptions } from './ad-tree-options.js';
import { listOptions } from './list-options.js';
import { endpoint } from './endpoint.js';
import type { Ad } from './types.js';

export interface ListAdsOptions extends AdTreeListOptions {
  /** Only the ads of these campaigns. */
  campaignIds?: readonly string[];
  /** Only the ads of these ad groups. */
  adGroupIds?: readonly string[];
  /** Only these ads. */
  adIds?: readonly string[];
}

/** `client.ads`: https://developers.pinterest.com/docs/api/v5/ads-list */
export const ads = {
  list: endpoint('ads/list', (call, adAccountId: string, given?: ListAdsOptions): Listing<Ad> => {
    const options = listOptions('ads.list', given);
    return call.list({
      params: { ad_account_id: adAccountId },
      query: {
        ...adTreeQuery(options),
        campaign_ids: idFilter(options.campaignIds),
        ad_group_ids: idFilter(options.adGroupIds),
        ad_ids: idFilter(options.adIds),
      },
    });
  }),
};
