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
