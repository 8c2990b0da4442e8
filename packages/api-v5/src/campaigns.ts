import type { Listing } from '@pinkit/http';
import { adTreeQuery, idFilter, type AdTreeListOptions } from './ad-tree-options.js';
import { listOptions } from './list-options.js';
import { endpoint } from './endpoint.js';
import { expectObject } from './expect-shape.js';
import type { Campaign } from './types.js';

export interface ListCampaignsOptions extends AdTreeListOptions {
  /** Only these campaigns (up to 250). */
  campaignIds?: readonly string[];
}

/** `client.campaigns`: https://developers.pinterest.com/docs/api/v5/campaigns-list and the calls beside it. */
export const campaigns = {
  list: endpoint('campaigns/list', (call, adAccountId: string, given?: ListCampaignsOptions): Listing<Campaign> => {
    const options = listOptions('campaigns.list', given);
    return call.list({
      params: { ad_account_id: adAccountId },
      query: { ...adTreeQuery(options), campaign_ids: idFilter(options.campaignIds) },
    });
  }),
  get: endpoint('campaigns/get', (call, adAccountId: string, campaignId: string): Promise<Campaign> =>
    expectObject(call({ params: { ad_account_id: adAccountId, campaign_id: campaignId } }), 'campaigns/get'),
  ),
};
