import type { PinCreate } from '@pinkit/api-v5';
import type { NewPin, NewPinMedia } from '../account.js';

/** A new pin in the copy engine's words as `POST /v5/pins` takes it: v5 wants `is_standard` on every media source. */
export function toPinCreate(input: NewPin): PinCreate {
  return {
    board_id: input.board_id,
    ...(input.board_section_id ? { board_section_id: input.board_section_id } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.link !== undefined ? { link: input.link } : {}),
    ...(input.alt_text !== undefined ? { alt_text: input.alt_text } : {}),
    media_source: mediaSource(input.media_source),
  };
}

function mediaSource(source: NewPinMedia): PinCreate['media_source'] {
  switch (source.source_type) {
    case 'image_url':
      return { source_type: 'image_url', url: source.url, is_standard: true };
    case 'video_id':
      return {
        source_type: 'video_id',
        media_id: source.media_id,
        is_standard: true,
        ...('cover_image_url' in source && source.cover_image_url ? { cover_image_url: source.cover_image_url } : {}),
        ...('cover_image_data' in source && source.cover_image_data
          ? { cover_image_data: source.cover_image_data, cover_image_content_type: source.cover_image_content_type ?? 'image/jpeg' }
          : {}),
      };
    case 'image_base64':
      return { source_type: 'image_base64', content_type: source.content_type, data: source.data, is_standard: true };
    case 'multiple_image_base64':
      return { source_type: 'multiple_image_base64', items: source.items.map((item) => ({ ...item })) };
    // `PinMediaSourceImagesURL` has no `is_standard`: a carousel is always a standard pin.
    case 'multiple_image_urls':
      return { source_type: 'multiple_image_urls', items: source.items.map((item) => ({ ...item })) };
  }
}
