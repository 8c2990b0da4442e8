import type { Pin, components } from '@pinkit/api-v5';
import { isPromoted } from '../ads/promoted-pins.js';
import { isoSeconds } from '../core/iso-seconds.js';
import type { SimStore } from '../sim-store.js';
import { videoFileUrl } from '../media/video-file-routes.js';
import { imageSizes, imageUrl } from './pin-images.js';
import type { PinMediaRecord, PinRecord, VideoRecord } from './pin-records.js';

// Pins rendered as v5's `Pin`, typed by the generated v5 types; the tests also validate
// every one against the JSON Schemas derived from the official description.

type PinMedia = components['schemas']['PinMedia'];
type CreativeType = components['schemas']['CreativeType'];

export function v5Pin(store: SimStore, pin: PinRecord, callerId: string): Pin {
  const board = store.boards.get(pin.boardId);
  const owner = board ? store.users.get(board.ownerId) : undefined;
  return {
    id: pin.id,
    created_at: isoSeconds(pin.createdAt),
    link: pin.link,
    title: pin.title,
    description: pin.description,
    dominant_color: pin.dominantColor,
    alt_text: pin.altText,
    creative_type: creativeType(pin.media),
    board_id: pin.boardId,
    board_section_id: pin.sectionId,
    board_owner: { username: owner?.username ?? '' },
    is_owner: pin.ownerId === callerId,
    media: v5PinMedia(store, pin.media),
    parent_pin_id: pin.parentPinId,
    is_standard: pin.isStandard,
    has_been_promoted: isPromoted(store, pin.id),
  };
}

function v5PinMedia(store: SimStore, media: PinMediaRecord): PinMedia {
  switch (media.kind) {
    case 'image':
      return { media_type: 'image', images: imageSizes(media.image) };
    case 'images':
      return {
        media_type: 'multiple_images',
        items: media.items.map((item) => ({
          item_type: 'image',
          images: imageSizes(item.image),
          title: item.title,
          description: item.description,
          link: item.link,
        })),
      };
    case 'video':
      return { media_type: 'video', images: imageSizes(media.cover), ...videoFields(store, media) };
    case 'pages': {
      const videos = media.pages.flatMap((page) =>
        page.kind === 'video' ? [{ item_type: 'video' as const, ...videoFields(store, page) }] : [],
      );
      // 5.28 types an all-video Idea pin's items as videos only; a mixed one's as either kind.
      if (videos.length === media.pages.length) return { media_type: 'multiple_videos', items: videos };
      const items = media.pages.map((page) =>
        page.kind === 'image'
          ? { item_type: 'image' as const, images: imageSizes(page.image) }
          : { item_type: 'video' as const, ...videoFields(store, page) },
      );
      return { media_type: 'multiple_mixed', items };
    }
  }
}

function videoFields(store: SimStore, video: VideoRecord) {
  return {
    cover_image_url: imageUrl(video.cover.key, '1200x'),
    video_url: videoFileUrl(store, video.mediaId),
    duration: video.durationMs,
    width: video.width,
    height: video.height,
  };
}

const CREATIVE_TYPES: Readonly<Record<PinMediaRecord['kind'], CreativeType>> = {
  image: 'REGULAR',
  images: 'CAROUSEL',
  video: 'VIDEO',
  pages: 'IDEA',
};

function creativeType(media: PinMediaRecord): CreativeType {
  return CREATIVE_TYPES[media.kind];
}

/** The image a board shows for the pin on its cover and thumbnails. */
export function coverKey(media: PinMediaRecord): string {
  if (media.kind === 'image') return media.image.key;
  if (media.kind === 'video') return media.cover.key;
  if (media.kind === 'pages') {
    const first = media.pages[0];
    return first ? coverKey(first) : '';
  }
  return media.items[0]?.image.key ?? '';
}
