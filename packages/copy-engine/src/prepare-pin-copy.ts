import type { CopyPin, CreatePinInput } from './copy-account.js';
import type { CopyWarning, TruncatedField } from './copy-event.js';
import { largestImage } from './largest-image.js';

/** What Pinterest accepts in POST /v5/pins; longer values are cut, with a warning. */
export const pinFieldLimits: Readonly<Record<TruncatedField, number>> = Object.freeze({
  link: 2048,
  title: 100,
  description: 800,
  alt_text: 500,
});

export type PinContent = Omit<CreatePinInput, 'board_id' | 'board_section_id'>;

export type PinCopyPlan =
  { kind: 'copy'; content: PinContent; warnings: CopyWarning[] } | { kind: 'skip'; reason: 'not-a-pin' | 'no-image'; message: string };

const fields: TruncatedField[] = ['title', 'description', 'link', 'alt_text'];

/**
 * Decides how a pin is copied: its largest image as `image_url`, its text cut to Pinterest's
 * limits. Lengths count characters (code points), so an emoji is never split in half.
 */
export function preparePinCopy(pin: CopyPin): PinCopyPlan {
  if (pin.type !== undefined && pin.type !== 'pin') {
    return {
      kind: 'skip',
      reason: 'not-a-pin',
      message: `Pin ${pin.id} is a ${pin.type}, not a pin; it was not copied.`,
    };
  }
  const image = largestImage(pin.media);
  if (!image) {
    const what = pin.media?.media_type === 'video' ? 'video pin without a cover image' : 'pin without an image';
    return {
      kind: 'skip',
      reason: 'no-image',
      message: `Pin ${pin.id} is a ${what}; copy it with copy-pin and a video file or media id.`,
    };
  }
  const warnings: CopyWarning[] = [];
  const content: PinContent = { media_source: { source_type: 'image_url', url: image.url } };
  for (const field of fields) {
    const value = pin[field];
    if (typeof value !== 'string' || value === '') continue;
    const characters = Array.from(value);
    const maxLength = pinFieldLimits[field];
    if (characters.length > maxLength) {
      warnings.push({
        code: 'truncated',
        sourcePinId: pin.id,
        field,
        length: characters.length,
        maxLength,
        message: `Pin ${pin.id}: ${field} has ${characters.length} characters; cut to ${maxLength}.`,
      });
    }
    content[field] = characters.slice(0, maxLength).join('');
  }
  if (pin.media?.media_type === 'video') {
    warnings.push({
      code: 'video-as-image',
      sourcePinId: pin.id,
      message: `Pin ${pin.id} is a video; copied as an image pin from its cover image.`,
    });
  }
  return { kind: 'copy', content, warnings };
}
