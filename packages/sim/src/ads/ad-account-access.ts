import { numericId } from '../core/numeric-id.js';
import { failures } from '../core/pinterest-failure.js';
import type { SimStore } from '../sim-store.js';
import type { UserRecord } from '../users/user-record.js';
import type { AdAccountRecord } from './ad-records.js';

// An ad account is served to its owner only. Another user's account and one that does not exist
// get the same answer (403, code 29), so ids cannot be probed.

export function ownAdAccount(store: SimStore, caller: UserRecord, adAccountId: string | undefined): AdAccountRecord {
  const account = store.adAccounts.get(numericId('ad_account_id', adAccountId));
  if (!account || account.ownerId !== caller.id) throw failures.notPermitted();
  return account;
}
