import type { SimStore } from '../sim-store.js';
import type { UserRecord } from './user-record.js';

/** The business accounts linked to `user`, in the order they were linked: what v5 and v3 both list. */
export function linkedBusinesses(store: SimStore, user: UserRecord): UserRecord[] {
  return user.linkedBusinessIds.flatMap((id) => {
    const business = store.users.get(id);
    return business ? [business] : [];
  });
}
