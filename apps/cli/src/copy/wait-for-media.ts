import type { MediaUploader } from '@pinkit/account';

export interface MediaPolling {
  /** First wait between polls; doubles each time. Default 1000 ms. */
  firstDelayMs: number;
  /** Longest wait between polls. Default 10 000 ms. */
  maxDelayMs: number;
  /** Gives up after this long. Default 10 minutes. */
  timeoutMs: number;
  onStatus?: (status: string, nextPollMs: number) => void;
}

/**
 * Polling as the quickstart's media upload does it: 1 s doubling to 10 s. PINKIT_MEDIA_POLL_MS
 * sets the first wait (the cap stays ten times it), so tests against the simulator need not
 * wait seconds.
 */
export function mediaPolling(env: Record<string, string | undefined>): MediaPolling {
  const configured = Number(env.PINKIT_MEDIA_POLL_MS);
  const firstDelayMs = Number.isFinite(configured) && configured > 0 ? configured : 1000;
  return { firstDelayMs, maxDelayMs: firstDelayMs * 10, timeoutMs: 10 * 60_000 };
}

/** Resolves when the upload has succeeded; throws when Pinterest says it failed or time runs out. */
export async function waitForMedia(media: Pick<MediaUploader, 'getMediaStatus'>, mediaId: string, polling: MediaPolling): Promise<void> {
  const started = Date.now();
  let delay = polling.firstDelayMs;
  for (;;) {
    const status = await media.getMediaStatus(mediaId);
    if (status === 'succeeded') return;
    if (status === 'failed') {
      throw new Error(
        `Pinterest could not process media ${mediaId} (status "failed"); ` +
          'check that the file is a video Pinterest accepts, and upload it again.',
      );
    }
    if (Date.now() - started + delay > polling.timeoutMs) {
      throw new Error(
        `Media ${mediaId} is still "${status}" after ${Math.round((Date.now() - started) / 1000)} s; try again later with -m ${mediaId}.`,
      );
    }
    polling.onStatus?.(status, delay);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, polling.maxDelayMs);
  }
}
