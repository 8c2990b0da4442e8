import { endpoint } from './endpoint.js';
import { expectArray, expectObject } from './expect-shape.js';
import { expectFields, type FieldKind } from './expect-fields.js';
import type { Account, LinkedBusiness } from './types.js';

// What the CLI shows of a linked business.
const BUSINESS_FIELDS: Record<string, FieldKind> = { username: 'string?', image_large_url: 'string?' };

/** `client.userAccount`: https://developers.pinterest.com/docs/api/v5/user_account-get and the calls beside it. */
export const userAccount = {
  get: endpoint('user_account/get', (call): Promise<Account> => expectObject(call(), 'user_account/get')),
  // https://developers.pinterest.com/docs/api/v5/linked_business_accounts-get
  listBusinesses: endpoint('linked_business_accounts/get', async (call): Promise<LinkedBusiness[]> => {
    const businesses = await expectArray(call(), 'linked_business_accounts/get');
    businesses.forEach((business, index) => expectFields(business, 'linked_business_accounts/get', `body[${index}]`, BUSINESS_FIELDS));
    return businesses;
  }),
};
