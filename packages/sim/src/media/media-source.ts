import { asObject, isHttpUrl, optionalBoolean, optionalString, requiredString } from '../core/body-fields.js';
import { failures } from '../core/pinterest-failure.js';
import { imageFromSource } from '../pins/pin-images.js';
import type { CarouselItem, ImageRef, PinMediaRecord } from '../pins/pin-records.js';
import type { SimStore } from '../sim-store.js';
import type { UserRecord } from '../users/user-record.js';
import { currentMediaStatus } from './media-status.js';

type Body = Readonly<Record<string, unknown>>;

const CONTENT_TYPES = ['image/jpeg', 'image/png'];
const BASE64 = /^[a-zA-Z0-9+/=]+$/;

export interface ParsedMediaSource {
  media: PinMediaRecord;
  isStandard: boolean;
}

/** Validates `media_source` of POST /v5/pins (schema PinMediaSource, one branch per source_type). */
export function parseMediaSource(store: SimStore, caller: UserRecord, raw: unknown, link: string | null | undefined): ParsedMediaSource {
  const source = asObject(raw, 'media_source');
  const isStandard = optionalBoolean(source, 'is_standard') ?? true;
  const type = source['source_type'];
  switch (type) {
    case 'image_url':
      return { media: { kind: 'image', image: imageFromUrl(requiredString(source, 'url'), 'media_source.url') }, isStandard };
    case 'image_base64':
      return { media: { kind: 'image', image: imageFromBase64(source, 'media_source') }, isStandard };
    case 'multiple_image_urls':
      return {
        media: { kind: 'images', items: carousel(source, (item, at) => imageFromUrl(requiredString(item, 'url'), `${at}.url`)) },
        isStandard,
      };
    case 'multiple_image_base64':
      return { media: { kind: 'images', items: carousel(source, (item, at) => imageFromBase64(item, at)) }, isStandard };
    case 'pin_url':
      optionalBoolean(source, 'is_affiliate_link');
      // A product pin takes its picture from the product page the pin links to.
      if (!link) throw failures.invalidParameters("Invalid request: a 'pin_url' media source needs the pin's 'link'.");
      return { media: { kind: 'image', image: imageFromSource(link) }, isStandard };
    case 'video_id':
      return { media: video(store, caller, source), isStandard };
    default:
      throw failures.invalidParameters(
        `Invalid request: 'media_source.source_type' must be one of image_url, image_base64, multiple_image_urls, ` +
          `multiple_image_base64, pin_url, video_id (was ${JSON.stringify(type)}).`,
      );
  }
}

function imageFromUrl(url: string, field: string): ImageRef {
  if (!isHttpUrl(url)) throw failures.invalidUrl(field);
  return imageFromSource(url);
}

function imageFromBase64(source: Body, at: string): ImageRef {
  const contentType = requiredString(source, 'content_type');
  if (!CONTENT_TYPES.includes(contentType)) {
    throw failures.invalidParameters(`Invalid request: '${at}.content_type' must be image/jpeg or image/png (was ${contentType}).`);
  }
  const data = requiredString(source, 'data', { min: 1 });
  if (!BASE64.test(data)) throw failures.invalidParameters(`Invalid request: '${at}.data' is not base64.`);
  return imageFromSource(data);
}

function carousel(source: Body, image: (item: Body, at: string) => ImageRef): CarouselItem[] {
  const items = source['items'];
  if (!Array.isArray(items) || items.length < 2 || items.length > 5) {
    throw failures.invalidParameters("Invalid request: 'media_source.items' must list 2 to 5 images.");
  }
  const index = source['index'];
  if (index !== undefined && (!Number.isInteger(index) || Number(index) < 0)) {
    throw failures.invalidParameters("Invalid request: 'media_source.index' must be an integer >= 0.");
  }
  return items.map((raw: unknown, position) => {
    const at = `media_source.items[${position}]`;
    const item = asObject(raw, at);
    const link = optionalString(item, 'link') ?? null;
    if (link !== null && !isHttpUrl(link)) throw failures.invalidUrl(`${at}.link`);
    return {
      image: image(item, at),
      title: optionalString(item, 'title') ?? null,
      description: optionalString(item, 'description') ?? null,
      link,
    };
  });
}

function video(store: SimStore, caller: UserRecord, source: Body): PinMediaRecord {
  const mediaId = requiredString(source, 'media_id');
  const media = /^\d+$/.test(mediaId) ? store.media.get(mediaId) : undefined;
  if (!media || media.ownerId !== caller.id) {
    throw failures.invalidParameters(`Invalid request: media ${mediaId} is not a media upload of this user.`);
  }
  const status = currentMediaStatus(media);
  if (status !== 'succeeded') {
    throw failures.invalidParameters(
      `Invalid request: media ${mediaId} is ${status}; poll GET /v5/media/${mediaId} until it has succeeded.`,
    );
  }
  const frame = source['cover_image_key_frame_time'];
  if (frame !== undefined && (!Number.isInteger(frame) || Number(frame) < 0)) {
    throw failures.invalidParameters("Invalid request: 'media_source.cover_image_key_frame_time' must be an integer >= 0.");
  }
  const coverUrl = optionalString(source, 'cover_image_url');
  let cover = imageFromSource(`video:${mediaId}`);
  if (coverUrl) cover = imageFromUrl(coverUrl, 'media_source.cover_image_url');
  else if (source['cover_image_data'] !== undefined) {
    cover = imageFromBase64(
      { content_type: source['cover_image_content_type'], data: source['cover_image_data'] },
      'media_source.cover_image',
    );
  }
  return { kind: 'video', mediaId, cover, durationMs: 15_000, width: 1080, height: 1920 };
}
