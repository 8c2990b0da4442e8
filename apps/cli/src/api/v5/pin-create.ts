import type { PinCreate } from '@pinkit/api-v5';
import type { CreatePinInput } from '@pinkit/copy-engine';

/** A new pin in the copy engine's words as `POST /v5/pins` takes it: v5 wants `is_standard` on every media source. */
export function toPinCreate(input: CreatePinInput): PinCreate {
  const source = input.media_source;
  return {
    board_id: input.board_id,
    ...(input.board_section_id ? { board_section_id: input.board_section_id } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.link !== undefined ? { link: input.link } : {}),
    ...(input.alt_text !== undefined ? { alt_text: input.alt_text } : {}),
    media_source:
      source.source_type === 'image_url'
        ? { source_type: 'image_url', url: source.url, is_standard: true }
        : {
            source_type: 'video_id',
            media_id: source.media_id,
            is_standard: true,
            ...(source.cover_image_url ? { cover_image_url: source.cover_image_url } : {}),
          },
  };
}
