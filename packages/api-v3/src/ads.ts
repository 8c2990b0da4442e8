import { v3Options } from './v3-options.js';
import { pathSegment, type Listing } from '@pinkit/http';
import type { V3PageOptions } from './users.js';
import { getList, type V3Context } from './v3-call.js';
import type { V3AdGroup, V3Advertiser, V3Campaign, V3PinPromotion } from './v3-types.js';

/**
 * `client.ads`: the ads tree under `/ads/v3`. Unlike v5, each level is listed under its parent
 * alone (a campaign's ad groups need only the campaign id), so no call takes the ad account's id
 * below the campaigns.
 */
export function ads(context: V3Context) {
  const id = pathSegment;
  const page = (options: V3PageOptions) => ({ page_size: options.pageSize });
  return {
    /**
     * `GET /ads/v3/advertisers/?owner_user_id=...&include_acl=true`: the user's ad accounts and,
     * with `include_acl` (which v3 needed for it), the ones shared with the user.
     */
    listAdvertisers: (ownerUserId: string, given?: V3PageOptions): Listing<V3Advertiser> => {
      const options = v3Options('ads.listAdvertisers', given);
      return getList(context, 'ads.listAdvertisers', '/ads/v3/advertisers/', {
        owner_user_id: id('ads.listAdvertisers', 'owner_user_id', ownerUserId),
        include_acl: true,
        ...page(options),
      });
    },
    /** `GET /ads/v3/advertisers/{advertiser}/campaigns/`. */
    listCampaigns: (advertiserId: string, given?: V3PageOptions): Listing<V3Campaign> => {
      const options = v3Options('ads.listCampaigns', given);
      return getList(
        context,
        'ads.listCampaigns',
        `/ads/v3/advertisers/${id('ads.listCampaigns', 'advertiser', advertiserId)}/campaigns/`,
        page(options),
      );
    },
    /** `GET /ads/v3/campaigns/{campaign}/ad_groups/`. */
    listAdGroups: (campaignId: string, given?: V3PageOptions): Listing<V3AdGroup> => {
      const options = v3Options('ads.listAdGroups', given);
      return getList(
        context,
        'ads.listAdGroups',
        `/ads/v3/campaigns/${id('ads.listAdGroups', 'campaign', campaignId)}/ad_groups/`,
        page(options),
      );
    },
    /** `GET /ads/v3/ad_groups/{ad_group}/pin_promotions/`: the ad group's ads. */
    listPinPromotions: (adGroupId: string, given?: V3PageOptions): Listing<V3PinPromotion> => {
      const options = v3Options('ads.listPinPromotions', given);
      return getList(
        context,
        'ads.listPinPromotions',
        `/ads/v3/ad_groups/${id('ads.listPinPromotions', 'ad_group', adGroupId)}/pin_promotions/`,
        page(options),
      );
    },
  };
}
