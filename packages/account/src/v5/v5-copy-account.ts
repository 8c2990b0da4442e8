import type { BoardCreate, BoardPrivacy, PageOptions, Pin, V5Client } from '@pinkit/api-v5';
import type { CopyAccount, CopyPin, CopyPinImage, CopyPinMediaItem, CreateBoardInput } from '@pinkit/copy-engine';
import { withId, withIds } from '../with-id.js';
import { toPinCreate } from './pin-create.js';

// @pinkit/copy-engine declares the account it needs and depends on no client; this is the v5
// client's side of that contract, kept in the CLI so that neither package depends on the other.
// Only types are imported: neither package is loaded until a command runs.

type RawImages = Record<string, { url?: unknown; width?: unknown; height?: unknown } | undefined>;
/** v5's `PinMedia` union read loosely: the generated type (Omit over a union) cannot be narrowed. */
interface RawMedia {
  media_type?: unknown;
  images?: RawImages;
  items?: Array<{ item_type?: unknown; images?: RawImages; title?: unknown; description?: unknown; link?: unknown } | undefined>;
  video_url?: unknown;
}

/** Renditions with a url; v5's null width or height left out. */
function flatImages(raw: RawImages | undefined): Record<string, CopyPinImage> {
  const images: Record<string, CopyPinImage> = {};
  for (const [size, image] of Object.entries(raw ?? {})) {
    if (typeof image?.url !== 'string') continue;
    images[size] = {
      url: image.url,
      ...(typeof image.width === 'number' ? { width: image.width } : {}),
      ...(typeof image.height === 'number' ? { height: image.height } : {}),
    };
  }
  return images;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function mediaItem(item: NonNullable<RawMedia['items']>[number]): CopyPinMediaItem {
  return {
    ...(typeof item?.item_type === 'string' ? { item_type: item.item_type } : {}),
    images: flatImages(item?.images),
    title: textOf(item?.title),
    description: textOf(item?.description),
    link: textOf(item?.link),
  };
}

/**
 * A v5 pin as the copy engine reads it, for one-off copies such as copy-pin: `media_type`, its
 * renditions and, for carousels and Idea pins, its items flattened; `board_section_id`,
 * `dominant_color` and `creative_type` untouched, since the engine places pins by section,
 * recognises its own copies by colour, and names the kind of a pin it cannot copy.
 */
export function toCopyablePin(pin: Pin): CopyPin {
  const { media, ...fields } = pin;
  const rest = withId(fields, 'pin');
  const raw = media as RawMedia | null | undefined;
  if (!raw) return rest;
  return {
    ...rest,
    media: {
      ...(typeof raw.media_type === 'string' ? { media_type: raw.media_type } : {}),
      images: flatImages(raw.images),
      ...(Array.isArray(raw.items) ? { items: raw.items.map(mediaItem) } : {}),
      ...(typeof raw.video_url === 'string' ? { video_url: raw.video_url } : {}),
    },
  };
}

async function* pinsOf(listing: AsyncIterable<Pin>): AsyncGenerator<CopyPin> {
  for await (const pin of listing) yield toCopyablePin(pin);
}

const PRIVACY: readonly string[] = ['PUBLIC', 'PROTECTED', 'SECRET'] satisfies BoardPrivacy[];

function boardCreate(input: CreateBoardInput): BoardCreate {
  return {
    name: input.name,
    // Both have defaults in the description (false, PUBLIC) that the generated type makes required.
    is_ads_only: false,
    privacy: input.privacy && PRIVACY.includes(input.privacy) ? (input.privacy as BoardPrivacy) : 'PUBLIC',
    ...(input.description ? { description: input.description } : {}),
  };
}

/**
 * Adapts a v5 client to the account interface of `@pinkit/copy-engine` (`copyBoard({ source:
 * createV5CopyAccount(a), target: createV5CopyAccount(b), ... })`). Listings ask for
 * `pageSize` items a page (default 100); `uploadVideo`, when given, is passed on as is.
 */
export function createV5CopyAccount(
  client: V5Client,
  options: PageOptions & { uploadVideo?: CopyAccount['uploadVideo'] } = {},
): CopyAccount {
  // Bigger pages than Pinterest's default 25: lookups after a lost response list a whole board.
  const page = { pageSize: options.pageSize ?? 100 };
  return {
    listBoards: () => withIds(client.boards.list(page), 'board'),
    getBoard: async (boardId) => withId(await client.boards.get(boardId), 'board'),
    listBoardPins: (boardId) => pinsOf(client.boards.listPins(boardId, page)),
    listSections: (boardId) => withIds(client.boardSections.list(boardId, page), 'board section'),
    listSectionPins: (boardId, sectionId) => pinsOf(client.boardSections.listPins(boardId, sectionId, page)),
    createBoard: async (input) => withId(await client.boards.create(boardCreate(input)), 'board'),
    createSection: async (boardId, input) => withId(await client.boardSections.create(boardId, input), 'board section'),
    createPin: async (input) => toCopyablePin(await client.pins.create(toPinCreate(input))),
    ...(options.uploadVideo ? { uploadVideo: options.uploadVideo } : {}),
    // Board, section and pin creates are org_write: the copy waits for the client's own token.
    writePacer: client.pacer('org_write'),
  };
}
