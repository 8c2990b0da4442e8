import type { SimStore } from '../sim-store.js';
import { SimulatorOptionsError } from '../simulator-options-error.js';
import type { BusinessAccessRole } from './ad-records.js';

/**
 * Gives `userId` Business Access `roles` on an ad account, replacing any it had (an empty list
 * takes access away). Unknown ids are a SimulatorOptionsError.
 */
export function grantBusinessAccess(store: SimStore, adAccountId: string, userId: string, roles: readonly BusinessAccessRole[]): void {
  const account = store.adAccounts.get(adAccountId);
  if (!account) {
    throw new SimulatorOptionsError('adAccountId', adAccountId, `grantBusinessAccess: the simulator has no ad account "${adAccountId}".`);
  }
  if (!store.users.has(userId)) {
    throw new SimulatorOptionsError('userId', userId, `grantBusinessAccess: no simulated user has id "${userId}".`);
  }
  if (account.ownerId === userId) {
    throw new SimulatorOptionsError('userId', userId, 'grantBusinessAccess: the owner of an ad account always has every role.');
  }
  const others = (account.members ?? []).filter((member) => member.userId !== userId);
  account.members = roles.length > 0 ? [...others, { userId, roles: [...roles] }] : others;
}
