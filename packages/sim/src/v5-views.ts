import type { Account, Board, BoardSection, Media, Pin, components } from '@pinkit/api-v5';
import { imageSizes, imageUrl } from './pin-images.js';
import type { SimStore } from './sim-store.js';
import type { BoardRecord, MediaRecord, MediaStatus, PinMediaRecord, PinRecord, SectionRecord, UserRecord } from './store-records.js';

// Records rendered as API v5 bodies, typed by the generated v5 types (schemas Account, Board,
// BoardSection, Pin, Media); the tests also validate every one against the derived JSON Schemas.

type PinMedia = components['schemas']['PinMedia'];
type CreativeType = components['schemas']['CreativeType'];

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function v5Account(store: SimStore, user: UserRecord): Account {
  const boards = store.boardsOf(user.id);
  return {
    account_type: user.accountType,
    id: user.id,
    username: user.username,
    profile_image: user.profileImage,
    website_url: user.websiteUrl,
    about: user.about,
    business_name: user.accountType === 'BUSINESS' ? user.username : null,
    board_count: boards.length,
    pin_count: boards.reduce((sum, board) => sum + board.pins.length, 0),
    follower_count: user.followerCount,
    following_count: user.followingCount,
    monthly_views: user.monthlyViews,
  };
}

export function v5Board(store: SimStore, board: BoardRecord): Board {
  const newest = board.pins.slice(-5).reverse();
  const cover = newest[0];
  return {
    id: board.id,
    created_at: iso(board.createdAt),
    board_pins_modified_at: iso(board.pinsModifiedAt),
    name: board.name,
    description: board.description,
    collaborator_count: 0,
    pin_count: board.pins.length,
    follower_count: board.followerCount,
    media: {
      image_cover_url: cover ? imageUrl(coverKey(cover.media), '400x300') : null,
      pin_thumbnail_urls: newest.map((pin) => imageUrl(coverKey(pin.media), '150x150')),
    },
    owner: { username: store.users.get(board.ownerId)?.username ?? '' },
    privacy: board.privacy,
    is_ads_only: false,
  };
}

export function v5Section(section: SectionRecord): BoardSection {
  return { id: section.id, name: section.name };
}

export function v5Pin(store: SimStore, pin: PinRecord, callerId: string): Pin {
  const board = store.boards.get(pin.boardId);
  const owner = board ? store.users.get(board.ownerId) : undefined;
  return {
    id: pin.id,
    created_at: iso(pin.createdAt),
    link: pin.link,
    title: pin.title,
    description: pin.description,
    dominant_color: pin.dominantColor,
    alt_text: pin.altText,
    creative_type: creativeType(pin.media),
    board_id: pin.boardId,
    board_section_id: pin.sectionId,
    board_owner: { username: owner?.username ?? '' },
    is_owner: pin.ownerId === callerId,
    media: v5PinMedia(pin.media),
    parent_pin_id: pin.parentPinId,
    is_standard: pin.isStandard,
    has_been_promoted: false,
    // Not in the v5 description, but board lists carry such tiles and clients must skip them.
    ...(pin.itemType === 'pin' ? {} : { type: pin.itemType }),
  };
}

export function v5Media(media: MediaRecord, status: MediaStatus): Media {
  return { media_id: media.id, media_type: media.mediaType, status };
}

function v5PinMedia(media: PinMediaRecord): PinMedia {
  switch (media.kind) {
    case 'image':
      return { media_type: 'image', images: imageSizes(media.image) };
    case 'images':
      return {
        media_type: 'multiple_images',
        items: media.items.map((item) => ({
          item_type: 'image',
          images: imageSizes(item.image),
          title: item.title,
          description: item.description,
          link: item.link,
        })),
      };
    case 'video':
      return {
        media_type: 'video',
        images: imageSizes(media.cover),
        cover_image_url: imageUrl(media.cover.key, '1200x'),
        video_url: `https://v1.pinimg.com/videos/mc/720p/${media.cover.key.slice(0, 2)}/${media.mediaId}.mp4`,
        duration: media.durationMs,
        width: media.width,
        height: media.height,
      };
  }
}

function creativeType(media: PinMediaRecord): CreativeType {
  return media.kind === 'video' ? 'VIDEO' : media.kind === 'images' ? 'CAROUSEL' : 'REGULAR';
}

function coverKey(media: PinMediaRecord): string {
  if (media.kind === 'image') return media.image.key;
  if (media.kind === 'video') return media.cover.key;
  return media.items[0]?.image.key ?? '';
}
