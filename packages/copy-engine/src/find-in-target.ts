import type { CopyBoard, CopyPin, CopySection, CreatePinInput } from './copy-account.js';
import type { CopyContext } from './copy-context.js';
import { pinMatches } from './pin-fingerprint.js';
import { readWithRetry } from './read-with-retry.js';

// These lookups run only when a create may have taken effect without us hearing back (a
// transient failure, or an intent left in the journal by an interrupted run). Items already
// mapped in the journal are never adopted twice.

export async function findBoardByName(ctx: CopyContext, name: string, sourceBoardId: string): Promise<CopyBoard | undefined> {
  for await (const board of readWithRetry(ctx, 'the target boards', () => ctx.target.listBoards())) {
    // When source and target turn out to be one account, the source board must never be adopted.
    if (board.id === sourceBoardId) continue;
    if (board.name === name && !ctx.journal.isClaimed('board', board.id)) return board;
  }
  return undefined;
}

export async function findSectionByName(ctx: CopyContext, targetBoardId: string, name: string): Promise<CopySection | undefined> {
  const sections = readWithRetry(ctx, `the sections of target board ${targetBoardId}`, () => ctx.target.listSections(targetBoardId));
  for await (const section of sections) {
    if (section.name === name && !ctx.journal.isClaimed('section', section.id)) return section;
  }
  return undefined;
}

export async function findPin(
  ctx: CopyContext,
  input: CreatePinInput,
  sourceDominantColor: string | null | undefined,
): Promise<CopyPin | undefined> {
  const sectionId = input.board_section_id;
  const pins = sectionId
    ? readWithRetry(ctx, `the pins of target section ${sectionId}`, () => ctx.target.listSectionPins(input.board_id, sectionId))
    : readWithRetry(ctx, `the pins of target board ${input.board_id}`, () => ctx.target.listBoardPins(input.board_id));
  for await (const pin of pins) {
    if (ctx.journal.isClaimed('pin', pin.id)) continue;
    if (pinMatches(pin, sectionId, input, sourceDominantColor)) return pin;
  }
  return undefined;
}

/**
 * The first lookup of a pin bound for an adopted board: matched against what that board held
 * before this run (listed once), since a pin the journal never tried can only be one of those.
 */
export async function findPreexistingPin(
  ctx: CopyContext,
  input: CreatePinInput,
  sourceDominantColor: string | null | undefined,
): Promise<CopyPin | undefined> {
  const sectionId = input.board_section_id;
  const pins = await ctx.preexisting.list(ctx, input.board_id, sectionId);
  return pins.find((pin) => !ctx.journal.isClaimed('pin', pin.id) && pinMatches(pin, sectionId, input, sourceDominantColor));
}
