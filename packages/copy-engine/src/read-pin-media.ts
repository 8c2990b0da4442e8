import type { CopyPin, CopyPinImage, CopyPinMediaItem } from './copy-account.js';
import { largestImage } from './largest-image.js';

/** A carousel slide reduced to what `multiple_image_urls` takes; `image` is missing when v5 listed none. */
export interface CarouselSlide {
  image: CopyPinImage | undefined;
  item: CopyPinMediaItem;
}

/**
 * What a pin is, read from v5's media union (`PinMedia`, keyed by `media_type`): the kinds
 * `POST /v5/pins` can create again, and the rest (several videos, images mixed with videos, and
 * any kind the description may add later), which it cannot.
 */
export type PinMediaKind =
  | { kind: 'image'; image: CopyPinImage | undefined }
  | { kind: 'video'; cover: CopyPinImage | undefined; videoUrl: string | undefined }
  | { kind: 'carousel'; slides: CarouselSlide[] }
  | { kind: 'not-creatable'; mediaType: string };

export function readPinMedia(media: CopyPin['media']): PinMediaKind {
  // A pin listed without media (or a client that drops it) is read as the common case, an image.
  const mediaType = media?.media_type ?? 'image';
  switch (mediaType) {
    case 'image':
      return { kind: 'image', image: largestImage(media) };
    case 'video':
      return { kind: 'video', cover: largestImage(media), videoUrl: media?.video_url ?? undefined };
    case 'multiple_images':
      return { kind: 'carousel', slides: (media?.items ?? []).map((item) => ({ image: largestImage(item), item })) };
    default:
      return { kind: 'not-creatable', mediaType };
  }
}
