import { numericId } from '../core/numeric-id.js';
import { failures } from '../core/pinterest-failure.js';
import type { SimStore } from '../sim-store.js';
import type { UserRecord } from '../users/user-record.js';
import type { BoardRecord, SectionRecord } from './board-records.js';

// v5 serves boards to their owner only: another user's secret board does not exist as far as the
// caller can tell (404), another user's public one is forbidden (403, code 29).

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
