import type { NewPin } from '../account.js';
import type { V3BoardCreate, V3CarouselSlot, V3Client, V3PageOptions, V3Pin, V3PinCreate } from '@pinkit/api-v3';
import type { CopyAccount, CopyBoard, CopyPin, CopyPinImage, CopyPinMediaItem, CreateBoardInput } from '@pinkit/copy-engine';
import { withId, withIds } from '../with-id.js';

// The v3 client's side of @pinkit/copy-engine's account, mirroring ../v5/copy-account.ts: v3's
// objects are mapped to the v5 shapes the engine reads, so the engine never knows the version.
// Only types are imported: neither package is loaded until a command runs.

/** Thrown for a pin the engine asks v3 to create that v3 cannot: a video (v3 had no uploads). */
export class V3CannotCreateError extends Error {
  override readonly name = 'V3CannotCreateError';
}

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** v3's single rendition, `image_large_url`: the original, the largest there is. */
function original(url: unknown): Record<string, CopyPinImage> {
  return typeof url === 'string' && url !== '' ? { originals: { url } } : {};
}

function slides(carousel: V3Pin['carousel_data']): CopyPinMediaItem[] | undefined {
  const slots = carousel?.['carousel_slots'];
  if (!Array.isArray(slots)) return undefined;
  return slots.map((raw: unknown) => {
    const slot = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    return {
      item_type: 'image',
      images: original(slot['image_large_url'] ?? slot['image_url']),
      title: textOf(slot['title']),
      description: textOf(slot['description']),
      link: textOf(slot['link']),
    };
  });
}

/**
 * A v3 pin as the copy engine reads it. v3 says `type: "story"` for what v5 calls Idea pins, which
 * neither version can create: `media_type: "story"` has the engine skip it with that reason. A
 * pin with `carousel_data` is a carousel (`multiple_images`); any other pin an image, whose only
 * rendition is `image_large_url` (v3 reports a video pin by its cover alone, so it is copied as one).
 */
export function toV3CopyablePin(pin: V3Pin): CopyPin {
  const { id, description, link, board_section_id: sectionId } = withId(pin, 'pin');
  const items = slides(pin.carousel_data);
  const mediaType = pin.type === 'story' ? 'story' : items ? 'multiple_images' : 'image';
  return {
    id,
    description: description ?? null,
    link: link ?? null,
    ...(sectionId ? { board_section_id: sectionId } : {}),
    media: { media_type: mediaType, images: original(pin.image_large_url), ...(items ? { items } : {}) },
  };
}

async function* pinsOf(listing: AsyncIterable<V3Pin>): AsyncGenerator<CopyPin> {
  for await (const pin of listing) yield toV3CopyablePin(pin);
}

/** v3 says `public`/`secret`, v5 and the engine `PUBLIC`/`SECRET`. */
function toCopyBoard(board: {
  id?: string | null;
  name: string;
  description?: string | null;
  privacy?: string | null;
  pin_count?: number | null;
}): CopyBoard {
  const { id, name, description, privacy, pin_count: pinCount } = withId(board, 'board');
  return {
    id,
    name,
    description: description ?? null,
    ...(privacy ? { privacy: privacy.toUpperCase() } : {}),
    ...(typeof pinCount === 'number' ? { pin_count: pinCount } : {}),
  };
}

function boardCreate(input: CreateBoardInput): V3BoardCreate {
  return {
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    ...(input.privacy ? { privacy: input.privacy.toLowerCase() } : {}),
  };
}

/** The engine's new pin in `PUT /v3/pins/`'s words: the link is `source_url`, the section `section`, a carousel a JSON string. */
export function toV3PinCreate(input: NewPin): V3PinCreate {
  const source = input.media_source;
  if (source.source_type === 'video_id') throw new V3CannotCreateError('API v3 cannot create video pins; use API v5.');
  if (source.source_type === 'image_base64' || source.source_type === 'multiple_image_base64') {
    throw new V3CannotCreateError('API v3 cannot create pins from local image files here; use API v5.');
  }
  const fields = {
    board_id: input.board_id,
    ...(input.board_section_id ? { section: input.board_section_id } : {}),
    ...(input.link ? { source_url: input.link } : {}),
    ...(input.title ? { title: input.title } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(input.alt_text ? { alt_text: input.alt_text } : {}),
  };
  if (source.source_type === 'image_url') return { ...fields, image_url: source.url };
  const slots: V3CarouselSlot[] = source.items.map(({ url, ...text }) => ({ image_url: url, ...text }));
  return {
    ...fields,
    image_url: source.items[0]?.url ?? '',
    carousel_data_json: JSON.stringify({ carousel_slots: slots }),
  };
}

/**
 * Adapts a v3 client to the account interface of `@pinkit/copy-engine`. Listings ask for
 * `pageSize` items a page (default 100): lookups after a lost answer list a whole board.
 */
export function createV3CopyAccount(client: V3Client, options: V3PageOptions = {}): CopyAccount {
  const page = { pageSize: options.pageSize ?? 100 };
  return {
    api: 'API v3',
    listBoards: async function* () {
      for await (const board of client.users.listBoards('me', page)) yield toCopyBoard(board);
    },
    getBoard: async (boardId) => toCopyBoard(await client.boards.get(boardId)),
    listBoardPins: (boardId) => pinsOf(client.boards.listPins(boardId, page)),
    listSections: async function* (boardId) {
      for await (const section of withIds(client.boards.listSections(boardId, page), 'board section')) {
        yield { id: section.id, name: section.title };
      }
    },
    // v3 names a section's pins by the section alone.
    listSectionPins: (_boardId, sectionId) => pinsOf(client.boards.listSectionPins(sectionId, page)),
    createBoard: async (input) => toCopyBoard(await client.boards.create(boardCreate(input))),
    createSection: async (boardId, input) => {
      const section = withId(await client.boards.createSection(boardId, { title: input.name }), 'board section');
      return { id: section.id, name: section.title };
    },
    createPin: async (input) => toV3CopyablePin(await client.pins.create(toV3PinCreate(input))),
  };
}
