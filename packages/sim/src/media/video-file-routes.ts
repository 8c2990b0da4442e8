import { failures } from '../core/pinterest-failure.js';
import type { RouteEntry } from '../core/route.js';
import type { SimStore } from '../sim-store.js';

// Pinterest serves a video pin's `video_url` (720p) from its CDN, v1.pinimg.com, with no token.
// The simulator serves its own, so a client that copies a video by downloading it never leaves
// the machine. The bytes stand in for a video: the upload route checks only that a file came.

/** The `video_url` of a video (a seeded one, or an upload) by its media id. */
export function videoFileUrl(store: SimStore, mediaId: string): string {
  return `${store.origin}/videos/mc/720p/${mediaId}.mp4`;
}

export const videoFileRoutes: readonly RouteEntry[] = [
  {
    method: 'GET',
    path: '/videos/mc/720p/{file}',
    auth: 'none',
    write: false,
    handle: (ctx) => {
      const mediaId = /^(\d+)\.mp4$/.exec(ctx.params['file'] ?? '')?.[1];
      if (mediaId === undefined) throw failures.routeNotFound(`/videos/mc/720p/${ctx.params['file'] ?? ''}`);
      return { status: 200, file: { contentType: 'video/mp4', data: Buffer.from(`pinkit simulated video ${mediaId}\n`) } };
    },
  },
];
