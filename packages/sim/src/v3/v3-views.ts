import type { V3Board, V3Business, V3Pin, V3Section, V3User } from '@pinkit/api-v3';
import type { BoardRecord, SectionRecord } from '../boards/board-records.js';
import { imageUrl } from '../pins/pin-images.js';
import type { PinRecord } from '../pins/pin-records.js';
import { coverKey } from '../pins/pin-view.js';
import type { SimStore } from '../sim-store.js';
import { v5LinkedBusiness } from '../users/linked-business-view.js';
import type { UserRecord } from '../users/user-record.js';

// The store's records rendered in v3's shapes, typed by @pinkit/api-v3, whose types are written
// from the fields the quickstart read (v3 has no description to validate against).

const WEB = 'https://www.pinterest.com';

export function v3User(store: SimStore, user: UserRecord): V3User {
  return {
    id: user.id,
    username: user.username,
    full_name: user.username,
    about: user.about,
    profile_url: `${WEB}/${user.username}/`,
    pin_count: store.boardsOf(user.id).reduce((sum, board) => sum + board.pins.length, 0),
  };
}

/** A linked business: its profile, with the same profile image v5 lists it with. */
export function v3Business(business: UserRecord): V3Business {
  return {
    id: business.id,
    username: business.username,
    full_name: business.username,
    profile_url: `${WEB}/${business.username}/`,
    image_large_url: v5LinkedBusiness(business).image_large_url ?? null,
  };
}

function slug(name: string): string {
  return encodeURIComponent(name.toLowerCase().replace(/\s+/g, '-'));
}

export function v3Board(store: SimStore, board: BoardRecord): V3Board {
  const owner = store.users.get(board.ownerId)?.username ?? '';
  return {
    id: board.id,
    name: board.name,
    url: `${WEB}/${owner}/${slug(board.name)}/`,
    category: null,
    description: board.description,
    pin_count: board.pins.length,
    privacy: board.privacy.toLowerCase(),
  };
}

export function v3Section(board: BoardRecord, section: SectionRecord): V3Section {
  return { id: section.id, title: section.name, pin_count: board.pins.filter((pin) => pin.sectionId === section.id).length };
}

function domain(link: string | null): string | null {
  if (link === null) return null;
  try {
    return new URL(link).hostname;
  } catch {
    return null;
  }
}

/** Idea pins (pages of images and videos) were v3's stories; everything else, carousels and videos included, a pin. */
export function v3Pin(pin: PinRecord): V3Pin {
  const media = pin.media;
  return {
    id: pin.id,
    type: media.kind === 'pages' ? 'story' : 'pin',
    description: pin.description,
    domain: domain(pin.link),
    image_large_url: imageUrl(coverKey(media), 'originals'),
    link: pin.link,
    board_section_id: pin.sectionId,
    carousel_data:
      media.kind === 'images'
        ? {
            carousel_slots: media.items.map((item) => ({
              image_large_url: imageUrl(item.image.key, 'originals'),
              title: item.title,
              description: item.description,
              link: item.link,
            })),
          }
        : null,
  };
}
