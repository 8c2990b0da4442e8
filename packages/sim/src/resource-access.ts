import { failures } from './pinterest-failure.js';
import type { SimStore } from './sim-store.js';
import type { BoardRecord, PinRecord, SectionRecord, UserRecord } from './store-records.js';

// Who may touch what. v5 serves boards to their owner only; another user's secret board or
// pin does not exist as far as the caller can tell (404), another user's public one is
// forbidden (403, code 29), except that public pins can be read and saved by anyone.

/** Path ids are numeric strings; Pinterest answers 400 with the pattern otherwise. */
export function numericId(name: string, value: string | undefined): string {
  if (value === undefined || !/^\d+$/.test(value)) {
    throw failures.invalidParameters(`'${name}' value '${value ?? ''}' must match the pattern: ^\\d+$`);
  }
  return value;
}

export function ownBoard(store: SimStore, caller: UserRecord, boardId: string | undefined): BoardRecord {
  const board = store.boards.get(numericId('board_id', boardId));
  if (!board || (board.ownerId !== caller.id && board.privacy === 'SECRET')) throw failures.boardNotFound();
  if (board.ownerId !== caller.id) throw failures.notPermitted();
  return board;
}

export function boardSection(store: SimStore, board: BoardRecord, sectionId: string | undefined): SectionRecord {
  const section = store.sections.get(numericId('section_id', sectionId));
  if (!section || section.boardId !== board.id) throw failures.sectionNotFound();
  return section;
}

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
