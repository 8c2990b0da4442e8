import { isHttpUrl, optionalId, optionalString } from '../core/body-fields.js';
import { failures } from '../core/pinterest-failure.js';

type Body = Readonly<Record<string, unknown>>;

export interface PinText {
  title: string | null;
  description: string | null;
  link: string | null;
  altText: string | null;
  dominantColor: string | null;
  parentPinId: string | null;
}

const MOVES = ['board_id', 'board_section_id', 'carousel_slots'] as const;

/**
 * The text fields of a PinUpdate that are there (`null` clears one), with PinCreate's limits. The
 * simulator moves no pin between boards: an update that asks to is refused, not half done.
 */
export function readPinChanges(body: Body): Partial<Pick<PinText, 'title' | 'description' | 'link' | 'altText'>> {
  const moved = MOVES.find((name) => body[name] !== undefined);
  if (moved) throw failures.invalidParameters(`Invalid request: the simulator updates a pin's text only, not '${moved}'.`);
  const text = readPinText(body);
  const given = (name: string) => body[name] !== undefined;
  return {
    ...(given('title') ? { title: text.title } : {}),
    ...(given('description') ? { description: text.description } : {}),
    ...(given('link') ? { link: text.link } : {}),
    ...(given('alt_text') ? { altText: text.altText } : {}),
  };
}

/** The text fields of PinCreate, with the limits of the official description (100/800/2048/500). */
export function readPinText(body: Body): PinText {
  const link = optionalString(body, 'link', { max: 2048 }) ?? null;
  if (link !== null && !isHttpUrl(link)) throw failures.invalidUrl('link');
  return {
    title: optionalString(body, 'title', { max: 100 }) ?? null,
    description: optionalString(body, 'description', { max: 800 }) ?? null,
    link,
    altText: optionalString(body, 'alt_text', { max: 500 }) ?? null,
    dominantColor: optionalString(body, 'dominant_color') ?? null,
    parentPinId: optionalId(body, 'parent_pin_id') ?? null,
  };
}
