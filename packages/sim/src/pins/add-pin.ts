import type { BoardRecord } from '../boards/board-records.js';
import type { AuthedContext } from '../core/route.js';
import type { PinRecord } from './pin-records.js';

/** What a new pin holds besides where it lives and who made it; each API version reads it from its own body. */
export type PinContent = Pick<
  PinRecord,
  'title' | 'description' | 'link' | 'altText' | 'dominantColor' | 'parentPinId' | 'sectionId' | 'media' | 'isStandard'
>;

/** Puts a new pin of the caller's on `board` (v5's create and save, v3's `PUT /v3/pins/`): one store for both versions. */
export function addPin(ctx: AuthedContext, board: BoardRecord, content: PinContent): PinRecord {
  const pin: PinRecord = {
    id: ctx.store.nextId('pin'),
    seq: ctx.store.nextSeq(),
    boardId: board.id,
    ownerId: ctx.caller.id,
    createdAt: Date.now(),
    title: content.title,
    description: content.description,
    link: content.link,
    altText: content.altText,
    dominantColor: content.dominantColor,
    parentPinId: content.parentPinId,
    sectionId: content.sectionId,
    media: content.media,
    isStandard: content.isStandard,
  };
  ctx.store.addPin(board, pin);
  return pin;
}
