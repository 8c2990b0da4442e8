import { numericId } from '../core/numeric-id.js';
import { pageOf, readPageRequest } from '../core/bookmark-paging.js';
import { PinterestFailure } from '../core/pinterest-failure.js';
import type { AuthedContext, RouteEntry } from '../core/route.js';
import { ownAdAccount } from './ad-account-access.js';
import type { AdGroupRecord, AdRecord, CampaignRecord } from './ad-records.js';
import { readIdFilter, readNewestFirst, readStatusFilter } from './ad-tree-query.js';
import { v5Ad, v5AdGroup, v5Campaign } from './ad-tree-views.js';

// https://developers.pinterest.com/docs/api/v5/#tag/campaigns, #tag/ad_groups, #tag/ads: the tree
// below an ad account, each list filtered by the ids of any level above it and by status. Every
// record keeps its parents' ids, so a filter is a test of the record alone.

interface TreeRecord {
  seq: number;
  adAccountId: string;
  status: string;
}

/** One page of `records` of the caller's ad account that pass `filters` and the status filter. */
function listPage<T extends TreeRecord, V>(
  ctx: AuthedContext,
  records: Iterable<T>,
  filters: Array<(record: T) => boolean>,
  view: (record: T) => V,
) {
  const account = ownAdAccount(ctx.store, ctx.caller, ctx.params['ad_account_id']);
  const statuses = readStatusFilter(ctx.query);
  const request = readPageRequest(ctx.query);
  const mine = [...records].filter((record) => record.adAccountId === account.id);
  const include = (record: T) => statuses.has(record.status) && filters.every((filter) => filter(record));
  const page = pageOf(mine, request, { newestFirst: readNewestFirst(ctx.query), include });
  return { status: 200, body: { items: page.items.map(view), bookmark: page.bookmark } };
}

/** A filter on one parent id field; no filter when the parameter is absent. */
function byIds<T>(ctx: AuthedContext, parameter: string, idOf: (record: T) => string): Array<(record: T) => boolean> {
  const ids = readIdFilter(ctx.query, parameter);
  return ids === undefined ? [] : [(record) => ids.has(idOf(record))];
}

export const adTreeRoutes: readonly RouteEntry[] = [
  {
    operation: 'campaigns/list',
    handle: (ctx) =>
      listPage(
        ctx,
        ctx.store.campaigns.values(),
        byIds(ctx, 'campaign_ids', (c: CampaignRecord) => c.id),
        v5Campaign,
      ),
  },
  {
    operation: 'campaigns/get',
    handle: (ctx) => {
      const account = ownAdAccount(ctx.store, ctx.caller, ctx.params['ad_account_id']);
      const campaign = ctx.store.campaigns.get(numericId('campaign_id', ctx.params['campaign_id']));
      if (!campaign || campaign.adAccountId !== account.id) throw new PinterestFailure(404, 404, 'Campaign not found.');
      return { status: 200, body: v5Campaign(campaign) };
    },
  },
  {
    // `translate_interests_to_names` changes nothing: the simulated ad groups target no interests.
    operation: 'ad_groups/list',
    handle: (ctx) =>
      listPage(
        ctx,
        ctx.store.adGroups.values(),
        [...byIds(ctx, 'campaign_ids', (g: AdGroupRecord) => g.campaignId), ...byIds(ctx, 'ad_group_ids', (g: AdGroupRecord) => g.id)],
        v5AdGroup,
      ),
  },
  {
    operation: 'ads/list',
    handle: (ctx) =>
      listPage(
        ctx,
        ctx.store.ads.values(),
        [
          ...byIds(ctx, 'campaign_ids', (ad: AdRecord) => ad.campaignId),
          ...byIds(ctx, 'ad_group_ids', (ad: AdRecord) => ad.adGroupId),
          ...byIds(ctx, 'ad_ids', (ad: AdRecord) => ad.id),
        ],
        (ad) => v5Ad(ad, !ctx.store.pins.has(ad.pinId)),
      ),
  },
];
