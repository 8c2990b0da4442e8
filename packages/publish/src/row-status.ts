import type { PinMediaKind } from './pin-media.js';

/** Where a row stands. `due`: to be published now (in a dry run, what would be). */
export type RowState =
  | { state: 'published'; pinId: string; at?: number; via: 'created' | 'adopted' | 'journal' }
  | { state: 'due' }
  | { state: 'pending'; publishAt: number }
  | { state: 'late'; publishAt: number }
  /** Published (or maybe published) before with other content under the same id: never sent again. */
  | { state: 'changed'; pinId?: string }
  | { state: 'failed'; message: string; at?: number };

export type RowStatus = {
  row: number;
  id: string;
  /** The board as the plan names it, and its id once resolved (null: it will be created). */
  board: string;
  boardId?: string | null;
  section?: string;
  title?: string;
  media?: PinMediaKind;
  publishAt?: number;
} & RowState;

export type RowStateName = RowState['state'];
