import type { CopyMediaSource, CopyPin, CreatePinInput } from './copy-account.js';

const text = (value: string | null | undefined): string => value ?? '';

/**
 * Whether `candidate` (a pin listed in the target) is the pin that `input` would create. Text and
 * section must match exactly. The image matches on its url when the target still reports it;
 * Pinterest re-hosts images, so otherwise on the dominant colour it computes from the image, and
 * a pin that reports no image at all yet (still processing) is given the benefit of the doubt.
 * A carousel matches on any of its slides.
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
  const renditions = [candidate.media, ...(candidate.media?.items ?? [])].flatMap((media) => Object.values(media?.images ?? {}));
  const urls = renditions.map((image) => image.url);
  const imageUrl = sourceImageUrl(input.media_source);
  if (imageUrl !== undefined && urls.includes(imageUrl)) return true;
  if (candidate.dominant_color && sourceDominantColor) {
    return candidate.dominant_color.toLowerCase() === sourceDominantColor.toLowerCase();
  }
  return urls.length === 0;
}

/** The image a new pin shows first: its image, its video's cover, or its carousel's first slide. */
function sourceImageUrl(source: CopyMediaSource): string | undefined {
  if (source.source_type === 'image_url') return source.url;
  if (source.source_type === 'video_id') return source.cover_image_url;
  return source.items[0]?.url;
}
