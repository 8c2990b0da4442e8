import type { CopyPin } from './copy-account.js';
import type { CopyContext } from './copy-context.js';
import { readWithRetry } from './read-with-retry.js';

/**
 * The pins an adopted target board (or one of its sections) held before this run wrote to it,
 * listed once per place instead of once per pin: looking each pin of a large board up in a
 * fresh listing would cost reads in proportion to the board's size squared. Only the journal's
 * own creates are added to such a place later, and those are claimed, so the list stays right.
 */
export class PreexistingPins {
  readonly #lists = new Map<string, Promise<CopyPin[]>>();

  list(ctx: CopyContext, boardId: string, sectionId: string | undefined): Promise<CopyPin[]> {
    const place = JSON.stringify([boardId, sectionId ?? null]);
    let list = this.#lists.get(place);
    if (!list) {
      list = collect(ctx, boardId, sectionId);
      // A failed listing is read again by the next pin rather than failing them all.
      list.catch(() => this.#lists.delete(place));
      this.#lists.set(place, list);
    }
    return list;
  }
}

async function collect(ctx: CopyContext, boardId: string, sectionId: string | undefined): Promise<CopyPin[]> {
  const pins: CopyPin[] = [];
  const listing = sectionId
    ? readWithRetry(ctx, `the pins of target section ${sectionId}`, () => ctx.target.listSectionPins(boardId, sectionId))
    : readWithRetry(ctx, `the pins of target board ${boardId}`, () => ctx.target.listBoardPins(boardId));
  for await (const pin of listing) pins.push(pin);
  return pins;
}
