import type { BusinessAccessRole } from '../ads/ad-records.js';
import { numericId } from '../core/numeric-id.js';
import { failures } from '../core/pinterest-failure.js';
import type { SimStore } from '../sim-store.js';
import type { UserRecord } from '../users/user-record.js';
import type { PinRecord } from './pin-records.js';

// Saving reads any public pin: a pin on another user's secret board does not exist as far as the
// caller can tell (404), and only its owner may delete a pin (403, code 29).

export function visiblePin(store: SimStore, caller: UserRecord, pinId: string | undefined): PinRecord {
  const pin = store.pins.get(numericId('pin_id', pinId));
  if (!pin) throw failures.pinNotFound();
  if (pin.ownerId !== caller.id && store.boards.get(pin.boardId)?.privacy === 'SECRET') throw failures.pinNotFound();
  return pin;
}

export function ownPin(store: SimStore, caller: UserRecord, pinId: string | undefined): PinRecord {
  const pin = visiblePin(store, caller, pinId);
  if (pin.ownerId !== caller.id) throw failures.notPermitted();
  return pin;
}

// https://developers.pinterest.com/docs/api/v5/#operation/pins/get: only pins of the "operation
// user_account", the caller or, with `ad_account_id`, that account's owner.
const ANY_BOARD: readonly BusinessAccessRole[] = ['OWNER', 'ADMIN'];
const OPEN_BOARDS: readonly BusinessAccessRole[] = ['OWNER', 'ADMIN', 'ANALYST', 'CAMPAIGN_MANAGER'];

/**
 * `GET /v5/pins/{pin_id}`: a pin the operation user owns, or one on a board it owns or that was
 * shared with it (a group board). Anyone else's pin, public or not, is 404 as Pinterest answers
 * it. With `ad_account_id` the caller acts for the account's owner, given a Business Access role:
 * Owner, Admin, Analyst or Campaign Manager for pins on public or protected boards, Owner or Admin
 * for secret ones; otherwise 403 (code 29).
 */
export function readablePin(store: SimStore, caller: UserRecord, pinId: string | undefined, adAccountId: string | null): PinRecord {
  const id = numericId('pin_id', pinId);
  const access = adAccountId === null ? { userId: caller.id, roles: ANY_BOARD } : businessAccess(store, caller, adAccountId);
  const pin = store.pins.get(id);
  const board = pin ? store.boards.get(pin.boardId) : undefined;
  if (!pin || !board) throw failures.pinNotFound();
  const shared = pin.ownerId === access.userId || board.ownerId === access.userId || board.collaboratorIds?.includes(access.userId);
  if (!shared) throw failures.pinNotFound();
  const allowed = board.privacy === 'SECRET' ? ANY_BOARD : OPEN_BOARDS;
  if (!access.roles.some((role) => allowed.includes(role))) throw failures.notPermitted();
  return pin;
}

/** Whose pins the caller reads through an ad account, and with which roles; 403 without any. */
function businessAccess(
  store: SimStore,
  caller: UserRecord,
  adAccountId: string,
): { userId: string; roles: readonly BusinessAccessRole[] } {
  const account = store.adAccounts.get(numericId('ad_account_id', adAccountId));
  if (!account) throw failures.notPermitted();
  if (account.ownerId === caller.id) return { userId: account.ownerId, roles: ['OWNER'] };
  const roles = account.members?.find((member) => member.userId === caller.id)?.roles ?? [];
  if (roles.length === 0) throw failures.notPermitted();
  return { userId: account.ownerId, roles };
}
