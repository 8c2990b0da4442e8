import { ownAdAccount } from '../ads/ad-account-access.js';
import { pageOf, readPageRequest } from '../core/bookmark-paging.js';
import { numericId } from '../core/numeric-id.js';
import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext, BearerRoute, Reply, RouteEntry } from '../core/route.js';
import { v3ErrorReply } from './v3-error-reply.js';
import { v3Success } from './v3-reply.js';
import { v3AdGroup, v3Advertiser, v3Campaign, v3PinPromotion } from './v3-ads-views.js';

// The v3 ads tree the quickstart walked (API-V3.md), served from the records v5 serves. Each
// level is listed under its parent alone; access is checked at the ad account at the top, as v5
// does: another user's tree and one that does not exist get the same 403. Archived entities are
// left out, as v5 leaves them out by default, so both versions list the same tree.

function read(path: string, scopes: readonly string[], handle: BearerRoute['handle']): BearerRoute {
  return { method: 'GET', path, auth: 'bearer', scopes, write: false, rateLimitCategory: 'ads_read', formatError: v3ErrorReply, handle };
}

const live = (record: { status: string }) => record.status !== 'ARCHIVED';

function page<T extends { seq: number; status: string }, V>(ctx: AuthedContext, records: T[], view: (record: T) => V): Reply {
  const result = pageOf(records, readPageRequest(ctx.query), { newestFirst: false, include: live });
  return v3Success(result.items.map(view), result.bookmark);
}

function campaignOfCaller(ctx: AuthedContext) {
  const campaign = ctx.store.campaigns.get(numericId('campaign', ctx.params['campaign']));
  if (!campaign) throw failures.notPermitted();
  ownAdAccount(ctx.store, ctx.caller, campaign.adAccountId);
  return campaign;
}

function adGroupOfCaller(ctx: AuthedContext) {
  const group = ctx.store.adGroups.get(numericId('ad_group', ctx.params['ad_group']));
  if (!group) throw failures.notPermitted();
  ownAdAccount(ctx.store, ctx.caller, group.adAccountId);
  return group;
}

// Pinterest's own 2021 samples (api-quickstart's get_ads) read the whole tree with read_users and
// read_advertisers alone: read_advertisers covered campaigns, ad groups and pin promotions too.
const ADS_TREE_SCOPES = ['read_advertisers'] as const;

export const v3AdsRoutes: readonly RouteEntry[] = [
  read('/ads/v3/advertisers/', ADS_TREE_SCOPES, (ctx) => {
    const owner = ctx.query.get('owner_user_id');
    if (!owner) throw failures.invalidParameters('Parameter owner_user_id is required.');
    // v3 served other users' advertisers to their business partners; simulated users share none.
    if (owner !== ctx.caller.id) throw failures.notPermitted();
    const result = pageOf(ctx.store.adAccountsOf(ctx.caller.id), readPageRequest(ctx.query), { newestFirst: false });
    return v3Success(result.items.map(v3Advertiser), result.bookmark);
  }),
  read('/ads/v3/advertisers/{advertiser}/campaigns/', ADS_TREE_SCOPES, (ctx) => {
    const account = ownAdAccount(ctx.store, ctx.caller, ctx.params['advertiser']);
    return page(
      ctx,
      [...ctx.store.campaigns.values()].filter((campaign) => campaign.adAccountId === account.id),
      v3Campaign,
    );
  }),
  read('/ads/v3/campaigns/{campaign}/ad_groups/', ADS_TREE_SCOPES, (ctx) => {
    const campaign = campaignOfCaller(ctx);
    return page(
      ctx,
      [...ctx.store.adGroups.values()].filter((group) => group.campaignId === campaign.id),
      v3AdGroup,
    );
  }),
  read('/ads/v3/ad_groups/{ad_group}/pin_promotions/', ADS_TREE_SCOPES, (ctx) => {
    const group = adGroupOfCaller(ctx);
    return page(
      ctx,
      [...ctx.store.ads.values()].filter((ad) => ad.adGroupId === group.id),
      v3PinPromotion,
    );
  }),
];
