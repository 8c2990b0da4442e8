import type { RouteEntry } from '../core/route.js';
import { v5Account } from './account-view.js';

// https://developers.pinterest.com/docs/api/v5/#tag/user_account
export const userRoutes: readonly RouteEntry[] = [
  {
    operation: 'user_account/get',
    handle: (ctx) => ({ status: 200, body: v5Account(ctx.store, ctx.caller) }),
  },
  {
    // Simulated users link no business accounts.
    operation: 'linked_business_accounts/get',
    handle: () => ({ status: 200, body: [] }),
  },
];
