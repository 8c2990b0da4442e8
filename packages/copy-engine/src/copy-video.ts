import type { CopyMediaSource } from './copy-account.js';
import type { CopyContext } from './copy-context.js';
import { videoAsImageWarning } from './prepare-pin-copy.js';

/**
 * The media source of a video pin's copy: the video itself, moved into the target by its
 * `uploadVideo`, shown with the source's cover; when that fails, the cover image alone, with a
 * warning saying why. An upload is not a pin: a failed or repeated one leaves an unused media
 * upload behind, never a second pin. Undefined when the run was stopped meanwhile.
 */
export async function copyVideo(
  ctx: CopyContext,
  pinId: string,
  videoUrl: string,
  cover: CopyMediaSource & { source_type: 'image_url' },
): Promise<CopyMediaSource | undefined> {
  const upload = ctx.target.uploadVideo;
  if (!upload) return cover;
  try {
    const mediaId = await upload.call(ctx.target, videoUrl, ctx.signal);
    return { source_type: 'video_id', media_id: mediaId, cover_image_url: cover.url };
  } catch (error) {
    // A stopped run leaves the pin for the next one, like an interrupted write.
    if (ctx.signal.aborted) return undefined;
    ctx.progress.warning(videoAsImageWarning(pinId, error instanceof Error ? error.message : String(error)));
    return cover;
  }
}
