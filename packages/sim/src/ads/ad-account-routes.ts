import { pageOf, readPageRequest } from '../core/bookmark-paging.js';
import type { RouteEntry } from '../core/route.js';
import { ownAdAccount } from './ad-account-access.js';
import { v5AdAccount } from './ad-account-view.js';

// https://developers.pinterest.com/docs/api/v5/#tag/ad_accounts
export const adAccountRoutes: readonly RouteEntry[] = [
  {
    // Simulated users share no ad accounts, so `include_shared_accounts` changes nothing.
    operation: 'ad_accounts/list',
    handle: (ctx) => {
      const page = pageOf(ctx.store.adAccountsOf(ctx.caller.id), readPageRequest(ctx.query), { newestFirst: false });
      return { status: 200, body: { items: page.items.map((account) => v5AdAccount(ctx.store, account)), bookmark: page.bookmark } };
    },
  },
  {
    operation: 'ad_accounts/get',
    handle: (ctx) => ({ status: 200, body: v5AdAccount(ctx.store, ownAdAccount(ctx.store, ctx.caller, ctx.params['ad_account_id'])) }),
  },
];
