import { readWithRetry } from '@pinkit/copy-engine';
import type { EngineContext } from '@pinkit/copy-engine';
import type { PublishedPin, PublishPinInput } from './publish-ports.js';

const text = (value: string | null | undefined): string => value ?? '';

/**
 * Whether a pin listed in the board is the one `input` creates: same text, link and section.
 * Alt text is compared only when the listing reports it. Media are not: Pinterest re-hosts
 * images, and base64 or video pins have no URL to compare. Duplicate rows are refused in
 * validation, so within one board the text is what tells a plan's pins apart.
 */
export function publishedPinMatches(candidate: PublishedPin, input: Omit<PublishPinInput, 'media_source'>): boolean {
  if (text(candidate.title) !== text(input.title)) return false;
  if (text(candidate.description) !== text(input.description)) return false;
  if (text(candidate.link) !== text(input.link)) return false;
  if (text(candidate.board_section_id) !== text(input.board_section_id)) return false;
  return candidate.alt_text === undefined || candidate.alt_text === null || candidate.alt_text === text(input.alt_text);
}

/**
 * The "did it land?" check: looks in the target board for the pin a create may have made without
 * an answer (a transient failure, or an intent left by a killed run). Pins the journal already
 * maps to a row are never taken for another.
 */
export async function findPublishedPin(
  ctx: EngineContext,
  listBoardPins: (boardId: string) => AsyncIterable<PublishedPin>,
  input: Omit<PublishPinInput, 'media_source'>,
): Promise<PublishedPin | undefined> {
  for await (const pin of readWithRetry(ctx, `the pins of board ${input.board_id}`, () => listBoardPins(input.board_id))) {
    if (!ctx.journal.isClaimed('pin', pin.id) && publishedPinMatches(pin, input)) return pin;
  }
  return undefined;
}
