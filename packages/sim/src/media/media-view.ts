import type { Media } from '@pinkit/api-v5';
import type { MediaRecord, MediaStatus } from './media-record.js';

/** A media upload rendered as v5's `Media`, with the status this poll reports. */
export function v5Media(media: MediaRecord, status: MediaStatus): Media {
  return { media_id: media.id, media_type: media.mediaType, status };
}
