import type { Listing } from '@pinkit/http';
import type { PageOptions } from './boards.js';
import { listOptions } from './list-options.js';
import { endpoint } from './endpoint.js';
import { expectObject } from './expect-shape.js';
import type { AdAccount } from './types.js';

export interface ListAdAccountsOptions extends PageOptions {
  /** Also list the ad accounts others share with the user (Pinterest's default: true). */
  includeSharedAccounts?: boolean;
}

/** `client.adAccounts`: https://developers.pinterest.com/docs/api/v5/ad_accounts-list and the calls beside it. */
export const adAccounts = {
  list: endpoint('ad_accounts/list', (call, given?: ListAdAccountsOptions): Listing<AdAccount> => {
    const options = listOptions('adAccounts.list', given);
    return call.list({ query: { page_size: options.pageSize, include_shared_accounts: options.includeSharedAccounts } });
  }),
  get: endpoint('ad_accounts/get', (call, adAccountId: string): Promise<AdAccount> =>
    expectObject(call({ params: { ad_account_id: adAccountId } }), 'ad_accounts/get'),
  ),
};
