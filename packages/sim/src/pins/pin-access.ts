import { numericId } from '../core/numeric-id.js';
import { failures } from '../core/pinterest-failure.js';
import type { SimStore } from '../sim-store.js';
import type { UserRecord } from '../users/user-record.js';
import type { PinRecord } from './pin-records.js';

// Anyone may read and save a public pin; a pin on another user's secret board does not exist as
// far as the caller can tell (404), and only its owner may delete a pin (403, code 29).

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
