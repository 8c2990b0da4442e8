import { createHash } from 'node:crypto';
import { optionalEnum } from '../core/body-fields.js';
import { jsonObject } from '../core/http-exchange.js';
import { numericId } from '../core/numeric-id.js';
import { failures } from '../core/pinterest-failure.js';
import type { RouteEntry } from '../core/route.js';
import type { MediaRecord } from './media-record.js';
import { pollMediaStatus } from './media-status.js';
import { v5Media } from './media-view.js';
import { uploadRoutes } from './upload-routes.js';
import { videoFileRoutes } from './video-file-routes.js';

// https://developers.pinterest.com/docs/api/v5/#tag/media
export const mediaRoutes: readonly RouteEntry[] = [
  {
    operation: 'media/create',
    handle: (ctx) => {
      const mediaType = optionalEnum(jsonObject(ctx.body), 'media_type', ['video'] as const);
      if (mediaType === undefined) throw failures.invalidParameters("Invalid request: 'media_type' is required (video).");
      const id = ctx.store.nextId('media');
      const media: MediaRecord = {
        id,
        ownerId: ctx.caller.id,
        mediaType,
        uploadParameters: uploadParameters(id),
        uploaded: false,
        pollsSinceUpload: 0,
      };
      ctx.store.media.set(id, media);
      return {
        status: 201,
        body: {
          media_id: id,
          media_type: mediaType,
          upload_url: `${ctx.origin}/media-upload/${id}`,
          upload_parameters: media.uploadParameters,
        },
      };
    },
  },
  {
    operation: 'media/get',
    handle: (ctx) => {
      const media = ctx.store.media.get(numericId('media_id', ctx.params['media_id']));
      if (!media || media.ownerId !== ctx.caller.id) throw failures.mediaNotFound();
      return { status: 200, body: v5Media(media, pollMediaStatus(media)) };
    },
  },
  ...uploadRoutes,
  ...videoFileRoutes,
];

/** Shaped like the S3 POST policy fields Pinterest hands out; the upload must send them back. */
function uploadParameters(mediaId: string): Record<string, string> {
  const date = '20240101T000000Z';
  const key = `uploads/pinkit-sim/${mediaId}`;
  const policy = Buffer.from(JSON.stringify({ expiration: '2099-01-01T00:00:00Z', conditions: [{ key }] })).toString('base64');
  return {
    'x-amz-date': date,
    'x-amz-signature': createHash('sha256').update(`${mediaId}:${policy}`).digest('hex'),
    'x-amz-security-token': createHash('sha256').update(`token:${mediaId}`).digest('base64'),
    'x-amz-algorithm': 'AWS4-HMAC-SHA256',
    key,
    policy,
    'x-amz-credential': `PINKITSIM/${date.slice(0, 8)}/us-east-1/s3/aws4_request`,
    'Content-Type': 'multipart/form-data',
  };
}
