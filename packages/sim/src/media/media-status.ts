import type { MediaRecord, MediaStatus } from './media-record.js';

/**
 * Processing advances with each status poll after the upload (registered, then processing,
 * then succeeded), so tests see every state without waiting on a clock.
 */
export function currentMediaStatus(media: MediaRecord): MediaStatus {
  if (!media.uploaded) return 'registered';
  return media.pollsSinceUpload >= 2 ? 'succeeded' : 'processing';
}

export function pollMediaStatus(media: MediaRecord): MediaStatus {
  if (media.uploaded) media.pollsSinceUpload += 1;
  return currentMediaStatus(media);
}
