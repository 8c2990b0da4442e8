import type { Pin } from '@pinkit/api-v5';

/** A listed pin's v5 `media.media_type` (image, video, multiple_images, multiple_videos, multiple_mixed). */
export function mediaTypeOf(pin: Pin): string | undefined {
  return (pin.media as { media_type?: string } | undefined)?.media_type;
}

/** Idea pins of several videos, or of images and videos: v5 lists them, `POST /v5/pins` cannot create them. */
export function isNotCreatable(pin: Pin): boolean {
  const type = mediaTypeOf(pin);
  return type === 'multiple_videos' || type === 'multiple_mixed';
}
