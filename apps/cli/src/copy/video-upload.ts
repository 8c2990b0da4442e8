import type { DownloadVideo, MediaUploader } from '@pinkit/account';
import type { CopyAccount } from '@pinkit/copy-engine';
import { waitForMedia, type MediaPolling } from './wait-for-media.js';

/**
 * The copy engine's `uploadVideo` for one account: downloads the source's video, uploads it
 * (`POST /v5/media`, then the upload URL) and waits until Pinterest has processed it.
 */
export function videoUploader(
  media: MediaUploader,
  polling: MediaPolling,
  download: DownloadVideo,
): NonNullable<CopyAccount['uploadVideo']> {
  return async (videoUrl, signal) => {
    const file = await download(videoUrl, signal);
    signal.throwIfAborted();
    const name = new URL(videoUrl).pathname.split('/').pop() || 'video.mp4';
    const mediaId = await media.uploadVideo(file, name);
    await waitForMedia(media, mediaId, polling);
    return mediaId;
  };
}
