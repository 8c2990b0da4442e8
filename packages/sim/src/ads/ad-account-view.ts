import type { AdAccount } from '@pinkit/api-v5';
import type { SimStore } from '../sim-store.js';
import type { AdAccountRecord } from './ad-records.js';

export function v5AdAccount(store: SimStore, account: AdAccountRecord): AdAccount {
  const owner = store.users.get(account.ownerId);
  const seconds = Math.floor(account.createdAt / 1000);
  return {
    id: account.id,
    name: account.name,
    owner: { id: account.ownerId, username: owner?.username ?? '' },
    country: account.country as AdAccount['country'],
    currency: account.currency as AdAccount['currency'],
    permissions: ['OWNER'],
    created_time: seconds,
    updated_time: seconds,
  };
}
