import type { CarouselImageSource, CopyMediaSource, CopyPin, CreatePinInput } from './copy-account.js';
import type { CopyWarning, TruncatedField } from './copy-event.js';
import { readPinMedia, type CarouselSlide } from './read-pin-media.js';
import { checkPreparePinArguments } from './check-engine-arguments.js';

/** What Pinterest accepts in POST /v5/pins; longer values are cut, with a warning. */
export const pinFieldLimits: Readonly<Record<TruncatedField, number>> = Object.freeze({
  link: 2048,
  title: 100,
  description: 800,
  alt_text: 500,
});

/** `PinMediaSourceImagesURL` takes 2 to 5 items. */
const CAROUSEL_SIZE = { min: 2, max: 5 };

export type PinContent = Omit<CreatePinInput, 'board_id' | 'board_section_id'>;

/**
 * `video`: the pin is a video whose file can be copied (`uploadsVideo` and a `video_url`); the
 * content then shows its cover image, to be replaced by the uploaded video, or kept when that fails.
 */
export type PinCopyPlan =
  | { kind: 'copy'; content: PinContent; warnings: CopyWarning[]; video?: { url: string } }
  | { kind: 'skip'; reason: 'not-creatable' | 'no-image'; message: string };

export interface PreparePinOptions {
  /** The target can take a video by its url (`CopyAccount.uploadVideo`). */
  uploadsVideo?: boolean;
  /** The API the target speaks, as skip reasons name it (`CopyAccount.api`); default `API v5`. */
  api?: string;
}

type MediaPlan =
  { kind: 'media'; source: CopyMediaSource; warnings: CopyWarning[]; video?: { url: string } } | Extract<PinCopyPlan, { kind: 'skip' }>;

const fields: TruncatedField[] = ['title', 'description', 'link', 'alt_text'];

const KIND_NAMES: Readonly<Record<string, string>> = {
  multiple_videos: 'a pin of several videos',
  multiple_mixed: 'a pin of images and videos together',
  // v3's name for Idea pins (`type: "story"`), which its `PUT /v3/pins/` could not create either.
  story: 'a story pin',
};

/**
 * Decides how a pin is copied, from its v5 `media.media_type`: an image by its largest rendition
 * as `image_url`, a carousel as `multiple_image_urls`, a video as an image pin of its cover (the
 * video itself needs copy-pin with the file); kinds `POST /v5/pins` cannot create are skipped
 * with the reason. Text is cut to Pinterest's limits, counting characters (code points), so an
 * emoji is never split in half.
 */
export function preparePinCopy(pin: CopyPin, options: PreparePinOptions = {}): PinCopyPlan {
  checkPreparePinArguments(pin, options);
  const media = mediaSource(pin, options);
  if (media.kind === 'skip') return media;
  const warnings = [...media.warnings];
  const content: PinContent = { media_source: media.source };
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
  return { kind: 'copy', content, warnings, ...(media.video ? { video: media.video } : {}) };
}

/** The warning of a video pin copied as an image pin of its cover; `reason` says why the video itself was not. */
export function videoAsImageWarning(pinId: string, reason?: string): CopyWarning {
  const why = reason === undefined ? '' : ` (the video could not be copied: ${reason})`;
  return {
    code: 'video-as-image',
    sourcePinId: pinId,
    message: `Pin ${pinId} is a video; copied as an image pin from its cover image${why}.`,
  };
}

function mediaSource(pin: CopyPin, options: PreparePinOptions): MediaPlan {
  const media = readPinMedia(pin.media);
  switch (media.kind) {
    case 'image':
      if (!media.image) return noImage(pin, 'pin without an image');
      return { kind: 'media', source: { source_type: 'image_url', url: media.image.url }, warnings: [] };
    case 'video': {
      if (!media.cover) return noImage(pin, 'video pin without a cover image');
      const cover: CopyMediaSource = { source_type: 'image_url', url: media.cover.url };
      if (options.uploadsVideo && media.videoUrl) return { kind: 'media', source: cover, warnings: [], video: { url: media.videoUrl } };
      return { kind: 'media', source: cover, warnings: [videoAsImageWarning(pin.id)] };
    }
    case 'carousel':
      return carousel(pin, media.slides, options.api ?? 'API v5');
    case 'not-creatable': {
      const what = KIND_NAMES[media.mediaType] ?? 'a kind of pin';
      return notCreatable(pin, `${what} (${describeKind(pin, media.mediaType)}), which ${options.api ?? 'API v5'} cannot create`);
    }
  }
}

function carousel(pin: CopyPin, slides: CarouselSlide[], api: string): MediaPlan {
  if (slides.length < CAROUSEL_SIZE.min || slides.length > CAROUSEL_SIZE.max) {
    return notCreatable(pin, `a carousel of ${slides.length} images; ${api} creates carousels of 2 to 5`);
  }
  const items: CarouselImageSource[] = [];
  for (const { image, item } of slides) {
    if (!image) return noImage(pin, 'carousel with an image missing');
    items.push({
      url: image.url,
      ...(item.title ? { title: item.title } : {}),
      ...(item.description ? { description: item.description } : {}),
      ...(item.link ? { link: item.link } : {}),
    });
  }
  return { kind: 'media', source: { source_type: 'multiple_image_urls', items }, warnings: [] };
}

function describeKind(pin: CopyPin, mediaType: string): string {
  return pin.creative_type ? `media_type ${mediaType}, creative_type ${pin.creative_type}` : `media_type ${mediaType}`;
}

function notCreatable(pin: CopyPin, what: string): MediaPlan {
  return { kind: 'skip', reason: 'not-creatable', message: `Pin ${pin.id} is ${what}; it was not copied.` };
}

function noImage(pin: CopyPin, what: string): MediaPlan {
  const hint = what.startsWith('video') ? 'copy it with copy-pin and a video file or media id' : 'it was not copied';
  return { kind: 'skip', reason: 'no-image', message: `Pin ${pin.id} is a ${what}; ${hint}.` };
}
