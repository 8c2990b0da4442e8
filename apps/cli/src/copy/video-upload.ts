import type { CopyAccount } from '@pinkit/copy-engine';
import { createNodeFetch, type ProxyEnv, type TransportTimeouts } from '@pinkit/http';
import type { MediaUploader } from '../api/pinterest-api.js';
import { waitForMedia, type MediaPolling } from './wait-for-media.js';

export type DownloadVideo = (url: string, signal: AbortSignal) => Promise<Blob>;

/** Pinterest takes videos up to 2 GB; the file is read into memory before it is uploaded, so less. */
const MAX_VIDEO_BYTES = 1024 * 1024 * 1024;

/**
 * Fetches a video pin's `video_url`, a public CDN file: no token goes with it. Through the same
 * proxy settings and phase timeouts as every other request (`HTTPS_PROXY`, `PINKIT_BODY_TIMEOUT`...);
 * a redirect is refused.
 */
export function videoDownload(proxyEnv: ProxyEnv, timeouts: TransportTimeouts = {}): DownloadVideo {
  const fetchVideo = createNodeFetch({ proxyEnv, maxBodyBytes: MAX_VIDEO_BYTES, ...timeouts });
  return async (url, signal) => {
    const response = await fetchVideo(url, { signal });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    return response.blob();
  };
}

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
