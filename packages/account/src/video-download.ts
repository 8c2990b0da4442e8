import { argumentsOf } from '@pinkit/arguments';
import type { NodeFetch, ProxyEnv, TransportTimeouts } from '@pinkit/http';
import { checkTransportOptions } from './account-checks.js';

const check = argumentsOf('videoDownload');
const download = argumentsOf('DownloadVideo');

/** Fetches a video file into memory: the copy of a video pin uploads it again. */
export type DownloadVideo = (url: string, signal: AbortSignal) => Promise<Blob>;

/** Pinterest takes videos up to 2 GB; the file is read into memory before it is uploaded, so less. */
const MAX_VIDEO_BYTES = 1024 * 1024 * 1024;

/**
 * Fetches a video pin's `video_url`, a public CDN file: no token goes with it. Through the same
 * proxy settings and phase timeouts as every request of an account; a redirect is refused. The
 * transport loads on the first download.
 */
export function videoDownload(
  options: { proxyEnv?: ProxyEnv | undefined; transportTimeouts?: TransportTimeouts | undefined } = {},
): DownloadVideo {
  checkTransportOptions(check, check.object(options, 'options'));
  let fetchVideo: Promise<NodeFetch> | undefined;
  return async (url, signal) => {
    download.httpUrl(url, 'url');
    download.signal(signal, 'signal');
    fetchVideo ??= import('@pinkit/http').then(({ createNodeFetch }) =>
      createNodeFetch({
        maxBodyBytes: MAX_VIDEO_BYTES,
        ...(options.proxyEnv ? { proxyEnv: options.proxyEnv } : {}),
        ...(options.transportTimeouts ?? {}),
      }),
    );
    const response = await (await fetchVideo)(url, { signal });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    return response.blob();
  };
}
