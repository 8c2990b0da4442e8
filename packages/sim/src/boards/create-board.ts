import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext } from '../core/route.js';
import type { BoardPrivacy, BoardRecord } from './board-records.js';

/** What a new board is given, in the store's words; each API version reads it from its own body. */
export interface NewBoard {
  name: string;
  description: string | null;
  privacy: BoardPrivacy;
}

/** Adds a board of the caller's (v5's `POST /v5/boards`, v3's `PUT /v3/boards/`): one store, one rule for names. */
export function createBoard(ctx: AuthedContext, input: NewBoard): BoardRecord {
  refuseTakenName(ctx, input.name);
  const seq = ctx.store.nextSeq();
  const now = Date.now();
  const board: BoardRecord = {
    id: ctx.store.nextId('board'),
    seq,
    ownerId: ctx.caller.id,
    name: input.name,
    description: input.description,
    privacy: input.privacy,
    createdAt: now,
    pinsModifiedAt: now,
    followerCount: 0,
    pins: [],
    sections: [],
  };
  ctx.store.addBoard(board);
  return board;
}

/** Board names are unique per user, ignoring case (Pinterest refuses a second "Recipes"). */
export function refuseTakenName(ctx: AuthedContext, name: string): void {
  const taken = ctx.store.boardsOf(ctx.caller.id).some((board) => board.name.toLowerCase() === name.toLowerCase());
  if (taken) throw failures.boardNameTaken(name);
}
