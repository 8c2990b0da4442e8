import type { ArgumentChecks } from '@pinkit/arguments';
import { checkId, checkOptionalId, LINK, TEXT } from './account-checks.js';

const MEDIA_TYPES = ['image_url', 'video_id', 'multiple_image_urls', 'image_base64', 'multiple_image_base64'] as const;
const IMAGE_TYPES = ['image/jpeg', 'image/png'] as const;
/** Pinterest's carousels hold 2 to 5 images. */
const CAROUSEL = { allowEmpty: false, maxLength: 5 } as const;
/** Base64 of an image Pinterest takes (up to 20 MB, and a little more for the encoding). */
const BASE64 = { maxLength: 28 * 1024 * 1024 } as const;

function checkInlineImage(check: ArgumentChecks, value: unknown, argument: string): void {
  const image = check.object(value, argument);
  check.oneOf(image.content_type, `${argument}.content_type`, IMAGE_TYPES);
  check.string(image.data, `${argument}.data`, BASE64);
}

function checkMedia(check: ArgumentChecks, value: unknown, argument: string): void {
  const media = check.object(value, argument);
  const type = check.oneOf(media.source_type, `${argument}.source_type`, MEDIA_TYPES);
  switch (type) {
    case 'image_url':
      check.httpUrl(media.url, `${argument}.url`);
      return;
    case 'video_id':
      checkId(check, media.media_id, `${argument}.media_id`);
      check.httpUrl(media.cover_image_url, `${argument}.cover_image_url`, { optional: true });
      check.oneOf(media.cover_image_content_type, `${argument}.cover_image_content_type`, IMAGE_TYPES, { optional: true });
      check.string(media.cover_image_data, `${argument}.cover_image_data`, { ...BASE64, optional: true });
      return;
    case 'multiple_image_urls':
      check.array(media.items, `${argument}.items`, CAROUSEL).forEach((item, index) => {
        check.httpUrl(check.object(item, `${argument}.items[${index}]`).url, `${argument}.items[${index}].url`);
      });
      return;
    case 'image_base64':
      checkInlineImage(check, media, argument);
      return;
    case 'multiple_image_base64':
      check.array(media.items, `${argument}.items`, CAROUSEL).forEach((item, index) => {
        checkInlineImage(check, item, `${argument}.items[${index}]`);
      });
  }
}

/** A new pin (`NewPin`): the board it goes to, its text fields and where its media comes from. */
export function checkNewPin(check: ArgumentChecks, value: unknown): void {
  const pin = check.object(value, 'pin');
  checkId(check, pin.board_id, 'pin.board_id');
  checkOptionalId(check, pin.board_section_id, 'pin.board_section_id');
  for (const field of ['title', 'description', 'alt_text'] as const) {
    check.string(pin[field], `pin.${field}`, { ...TEXT, optional: true });
  }
  check.string(pin.link, 'pin.link', { ...LINK, optional: true });
  checkMedia(check, pin.media_source, 'pin.media_source');
}

/** A pin's changes (`PinChanges`): each field optional, empty clears it. */
export function checkPinChanges(check: ArgumentChecks, value: unknown): void {
  const changes = check.object(value, 'changes');
  for (const field of ['title', 'description', 'altText'] as const) {
    check.string(changes[field], `changes.${field}`, { ...TEXT, optional: true });
  }
  check.string(changes.link, 'changes.link', { ...LINK, optional: true });
}
