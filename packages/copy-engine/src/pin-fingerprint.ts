import type { CopyPin, CreatePinInput } from './copy-account.js';

const text = (value: string | null | undefined): string => value ?? '';

/**
 * Whether `candidate` (a pin listed in the target) is the pin that `input` would create. Text and
 * section must match exactly. The image matches on its url when the target still reports it;
 * Pinterest re-hosts images, so otherwise on the dominant colour it computes from the image, and
 * a pin that reports no image at all yet (still processing) is given the benefit of the doubt.
 */
export function pinMatches(
  candidate: CopyPin,
  candidateSectionId: string | undefined,
  input: CreatePinInput,
  sourceDominantColor: string | null | undefined,
): boolean {
  if (text(candidate.title) !== text(input.title)) return false;
  if (text(candidate.description) !== text(input.description)) return false;
  if (text(candidate.link) !== text(input.link)) return false;
  if (text(candidate.board_section_id ?? candidateSectionId) !== text(input.board_section_id)) return false;
  const urls = Object.values(candidate.media?.images ?? {}).map((image) => image.url);
  const imageUrl = input.media_source.source_type === 'image_url' ? input.media_source.url : input.media_source.cover_image_url;
  if (imageUrl !== undefined && urls.includes(imageUrl)) return true;
  if (candidate.dominant_color && sourceDominantColor) {
    return candidate.dominant_color.toLowerCase() === sourceDominantColor.toLowerCase();
  }
  return urls.length === 0;
}
