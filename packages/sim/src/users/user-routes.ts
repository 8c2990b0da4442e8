import type { RouteEntry } from '../core/route.js';
import { v5Account } from './account-view.js';
import { v5LinkedBusiness } from './linked-business-view.js';
import { linkedBusinesses } from './linked-businesses.js';

// https://developers.pinterest.com/docs/api/v5/#tag/user_account
export const userRoutes: readonly RouteEntry[] = [
  {
    operation: 'user_account/get',
    handle: (ctx) => ({ status: 200, body: v5Account(ctx.store, ctx.caller) }),
  },
  {
    // The demo user has one linked business; the other simulated users have none.
    operation: 'linked_business_accounts/get',
    handle: (ctx) => ({
      status: 200,
      body: linkedBusinesses(ctx.store, ctx.caller).map(v5LinkedBusiness),
    }),
  },
];
