import type { PublishLimits } from './pin-limits.js';
import type { ImageFile, PinMedia } from './pin-media.js';
import type { Base64Image, PlanFiles, PublishAccount, PublishMediaSource } from './publish-ports.js';

export interface MediaDeps {
  files: PlanFiles;
  account: PublishAccount;
  limits: PublishLimits;
  signal: AbortSignal;
  onVideoUploaded(mediaId: string): void;
}

async function base64Of(files: PlanFiles, image: ImageFile, limits: PublishLimits): Promise<Base64Image> {
  const bytes = await files.read(image.path, limits.maxImageBytes);
  return { content_type: image.contentType, data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

/**
 * The v5 media source of a row. Files are read only now, one row at a time, so a large plan is
 * never held in memory; a video is uploaded and waited for (through the account) first.
 */
export async function buildMediaSource(media: PinMedia, deps: MediaDeps): Promise<PublishMediaSource> {
  switch (media.kind) {
    case 'image-url':
      return { source_type: 'image_url', url: media.url };
    case 'image-file':
      return { source_type: 'image_base64', ...(await base64Of(deps.files, media.file, deps.limits)) };
    case 'carousel-urls':
      return { source_type: 'multiple_image_urls', items: media.urls.map((url) => ({ url })) };
    case 'carousel-files': {
      const items: Base64Image[] = [];
      for (const file of media.files) items.push(await base64Of(deps.files, file, deps.limits));
      return { source_type: 'multiple_image_base64', items };
    }
    case 'video': {
      const cover =
        media.cover.kind === 'url'
          ? { cover_image_url: media.cover.url }
          : await base64Of(deps.files, media.cover.file, deps.limits).then((image) => ({
              cover_image_content_type: image.content_type,
              cover_image_data: image.data,
            }));
      const mediaId = await deps.account.uploadVideo(media.video, deps.signal);
      deps.onVideoUploaded(mediaId);
      return { source_type: 'video_id', media_id: mediaId, ...cover };
    }
  }
}
