import { failures } from '../core/pinterest-failure.js';
import type { SimStore } from '../sim-store.js';
import type { BoardRecord, SectionRecord } from './board-records.js';

/** Adds a section to `board` (v5's `POST .../sections`, v3's `PUT /v3/board/{id}/sections/`); names are unique per board, ignoring case. */
export function createSection(store: SimStore, board: BoardRecord, name: string): SectionRecord {
  if (board.sections.some((section) => section.name.toLowerCase() === name.toLowerCase())) throw failures.sectionConflict(name);
  const section = { id: store.nextId('section'), seq: store.nextSeq(), boardId: board.id, name };
  store.addSection(board, section);
  return section;
}
