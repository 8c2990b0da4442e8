import { failures } from '../core/pinterest-failure.js';
import type { RouteContext, RouteEntry } from '../core/route.js';
import type { MediaRecord } from './media-record.js';
import { parseMultipart } from './multipart-form.js';

/**
 * The `upload_url` POST /v5/media returns. Like the storage bucket behind the real one it
 * takes no bearer token: the form must carry the issued `upload_parameters` and a `file`.
 */
export const uploadRoutes: readonly RouteEntry[] = [
  {
    method: 'POST',
    path: '/media-upload/{media_id}',
    auth: 'none',
    write: true,
    limitKey: (ctx) => ctx.store.media.get(ctx.params['media_id'] ?? '')?.ownerId,
    handle: (ctx) => {
      const media = mediaOf(ctx);
      const parts = parseMultipart(ctx.body, ctx.headers['content-type']);
      if (!parts) throw failures.invalidParameters('The upload must be a multipart/form-data POST.');
      for (const [name, value] of Object.entries(media.uploadParameters)) {
        // Content-Type describes the request itself; S3 does not require it as a field.
        if (name === 'Content-Type') continue;
        const sent = parts.find((part) => part.name === name && part.filename === undefined);
        if (sent?.data.toString('utf8') !== value) {
          throw failures.invalidParameters(`The upload form must include the field '${name}' from upload_parameters, unchanged.`);
        }
      }
      const file = parts.find((part) => part.name === 'file');
      if (!file || file.data.length === 0)
        throw failures.invalidParameters("The upload form must include the media as a non-empty 'file' field.");
      media.uploaded = true;
      media.pollsSinceUpload = 0;
      return { status: 204 };
    },
  },
];

function mediaOf(ctx: RouteContext): MediaRecord {
  const media = ctx.store.media.get(ctx.params['media_id'] ?? '');
  if (!media) throw failures.mediaNotFound();
  return media;
}
