import { asObject, isHttpUrl, optionalId, optionalString, requiredString } from '../core/body-fields.js';
import { failures } from '../core/pinterest-failure.js';
import { imageFromSource } from '../pins/pin-images.js';
import type { CarouselItem, ImageRef, PinMediaRecord } from '../pins/pin-records.js';

type Body = Readonly<Record<string, unknown>>;

/** A `PUT /v3/pins/` body in the store's words: v3 named the link `source_url` and the section `section`. */
export interface V3NewPin {
  boardId: string;
  sectionId: string | undefined;
  title: string | null;
  description: string | null;
  link: string | null;
  altText: string | null;
  media: PinMediaRecord;
}

/** v3 took a carousel as a JSON string of 2 to 5 slides, as v5's `multiple_image_urls` does in its own shape. */
const CAROUSEL_SIZE = { min: 2, max: 5 };

/**
 * Reads the fields API-V3.md records for `PUT /v3/pins/`, with v5's text limits (the same
 * Pinterest behind both). `carousel_data_json` makes a carousel; `image_url` is then its cover,
 * as the quickstart sent both.
 */
export function readV3NewPin(body: Body): V3NewPin {
  const boardId = optionalId(body, 'board_id');
  if (boardId === undefined) throw failures.invalidParameters("Invalid request: 'board_id' is required.");
  const link = optionalString(body, 'source_url', { max: 2048 }) ?? null;
  if (link !== null && !isHttpUrl(link)) throw failures.invalidUrl('source_url');
  const carousel = body['carousel_data_json'];
  return {
    boardId,
    sectionId: optionalId(body, 'section'),
    title: optionalString(body, 'title', { max: 100 }) ?? null,
    description: optionalString(body, 'description', { max: 800 }) ?? null,
    link,
    altText: optionalString(body, 'alt_text', { max: 500 }) ?? null,
    media:
      carousel === undefined || carousel === null
        ? { kind: 'image', image: imageAt(body, 'image_url', 'image_url') }
        : { kind: 'images', items: carouselSlides(carousel) },
  };
}

function imageAt(body: Body, name: string, at: string): ImageRef {
  const url = requiredString(body, name);
  if (!isHttpUrl(url)) throw failures.invalidUrl(at);
  return imageFromSource(url);
}

/**
 * `carousel_data_json`: `{"carousel_slots": [...]}` as a string. Each slide names its image by
 * `image_url`, or by `image_large_url` as v3's own reads print it, so a carousel read from one pin
 * can be passed on as is.
 */
function carouselSlides(raw: unknown): CarouselItem[] {
  if (typeof raw !== 'string') throw failures.invalidParameters("Invalid request: 'carousel_data_json' must be a string of JSON.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw failures.invalidParameters("Invalid request: 'carousel_data_json' is not valid JSON.");
  }
  const slots = asObject(parsed, 'carousel_data_json')['carousel_slots'];
  if (!Array.isArray(slots) || slots.length < CAROUSEL_SIZE.min || slots.length > CAROUSEL_SIZE.max) {
    throw failures.invalidParameters("Invalid request: 'carousel_data_json.carousel_slots' must list 2 to 5 images.");
  }
  return slots.map((rawSlot: unknown, index) => {
    const at = `carousel_data_json.carousel_slots[${index}]`;
    const slot = asObject(rawSlot, at);
    const field = slot['image_url'] === undefined ? 'image_large_url' : 'image_url';
    const link = optionalString(slot, 'link') ?? null;
    if (link !== null && !isHttpUrl(link)) throw failures.invalidUrl(`${at}.link`);
    return {
      image: imageAt(slot, field, `${at}.${field}`),
      title: optionalString(slot, 'title') ?? null,
      description: optionalString(slot, 'description') ?? null,
      link,
    };
  });
}
