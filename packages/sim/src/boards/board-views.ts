import type { Board, BoardSection } from '@pinkit/api-v5';
import { isoSeconds } from '../core/iso-seconds.js';
import { imageUrl } from '../pins/pin-images.js';
import { coverKey } from '../pins/pin-view.js';
import type { SimStore } from '../sim-store.js';
import type { BoardRecord, SectionRecord } from './board-records.js';

// Boards and sections rendered as v5's `Board` and `BoardSection`, typed by the generated v5
// types; the tests also validate every one against the JSON Schemas derived from the official description.

export function v5Board(store: SimStore, board: BoardRecord): Board {
  const newest = board.pins.slice(-5).reverse();
  const cover = newest[0];
  return {
    id: board.id,
    created_at: isoSeconds(board.createdAt),
    board_pins_modified_at: isoSeconds(board.pinsModifiedAt),
    name: board.name,
    description: board.description,
    collaborator_count: board.collaboratorIds?.length ?? 0,
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
