import type { Account } from '@pinkit/api-v5';
import type { SimStore } from '../sim-store.js';
import type { UserRecord } from './user-record.js';

// A user rendered as v5's `Account`, typed by the generated v5 types; the tests also validate
// every one against the JSON Schemas derived from the official description.

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
