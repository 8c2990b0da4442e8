import { endpoint } from './endpoint.js';
import { expectArray, expectObject } from './expect-shape.js';
import type { Account, LinkedBusiness } from './types.js';

/** `client.userAccount`: https://developers.pinterest.com/docs/api/v5/user_account-get and the calls beside it. */
export const userAccount = {
  get: endpoint('user_account/get', (call): Promise<Account> => expectObject(call(), 'user_account/get')),
  // https://developers.pinterest.com/docs/api/v5/linked_business_accounts-get
  listBusinesses: endpoint('linked_business_accounts/get', (call): Promise<LinkedBusiness[]> =>
    expectArray(call(), 'linked_business_accounts/get'),
  ),
};
