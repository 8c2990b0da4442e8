import type { Route } from '../route.js';
import { v5Account } from '../v5-views.js';

// https://developers.pinterest.com/docs/api/v5/#tag/user_account
export const v5UserRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/v5/user_account',
    auth: 'bearer',
    scopes: ['user_accounts:read'],
    write: false,
    handle: (ctx) => ({ status: 200, body: v5Account(ctx.store, ctx.caller) }),
  },
  {
    // Simulated users link no business accounts.
    method: 'GET',
    path: '/v5/user_account/businesses',
    auth: 'bearer',
    scopes: ['user_accounts:read'],
    write: false,
    handle: () => ({ status: 200, body: [] }),
  },
];
