import { createHash } from 'node:crypto';
import type { BoardRecord } from '../boards/board-records.js';
import type { SeededRandom } from '../core/seeded-random.js';
import { ALL_V3_SCOPES, ALL_V5_SCOPES } from '../oauth/known-scopes.js';
import { mintToken } from '../oauth/mint-token.js';
import type { AppRecord } from '../oauth/oauth-records.js';
import { DEFAULT_ACCESS_TOKEN_TTL_SECONDS, DEFAULT_REFRESH_TOKEN_TTL_SECONDS } from '../oauth/token-lifetimes.js';
import { imageForKey } from '../pins/pin-images.js';
import type { PinMediaRecord, VideoRecord } from '../pins/pin-records.js';
import type { SimStore } from '../sim-store.js';
import type { SimUser } from '../simulator.js';
import type { UserRecord } from '../users/user-record.js';
import { seedAds } from './seed-ads.js';
import { ADJECTIVES, PHRASES, THEMES, type BoardTheme } from './seed-text.js';

export interface SeedShape {
  boards: number;
  pinsPerBoard: number;
  /** Lifetimes of the seeded users' tokens (default Pinterest's: 30 and 60 days). */
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
  /** The app's registered redirect URIs; null (the default) accepts any loopback URI. */
  redirectUris?: readonly string[] | null;
}

export const APP_NAME = 'pinkit demo app';

const HEX = '0123456789abcdef';
// Seeded timestamps start here and advance a few minutes per item, so they never depend on
// the clock and stay in the past even for 100,000 pins.
const EPOCH = Date.UTC(2021, 0, 4, 9, 30);
const STEP_MS = 7 * 60_000;

/** Fills the store with the app, the demo user's boards, sections and pins, and an empty second user. */
export function seedDemoData(
  store: SimStore,
  shape: SeedShape,
  data: SeededRandom,
  tokens: SeededRandom,
): { app: AppRecord; users: SimUser[] } {
  const appId = String(1_400_000 + data.int(600_000));
  const appSecret = data.string(HEX, 40);
  const demo = addUser(store, 'pinkit_demo', 'BUSINESS', 'Boards and pins for trying pinkit.');
  const target = addUser(store, 'pinkit_target', 'PINNER', 'An empty account to copy into.');
  const app: AppRecord = { id: appId, secret: appSecret, name: APP_NAME, ownerId: demo.id, redirectUris: shape.redirectUris ?? null };
  store.apps.set(app.id, app);
  for (let index = 0; index < shape.boards; index += 1) {
    const empty = shape.boards >= 2 && index === shape.boards - 1;
    seedBoard(store, data, demo, index, empty ? 0 : shape.pinsPerBoard);
  }
  seedAds(store, demo);
  // Made last, so the ids of everything seeded before stay as they were.
  const shop = addUser(store, 'pinkit_demo_shop', 'BUSINESS', 'The shop the demo account manages.');
  demo.linkedBusinessIds.push(shop.id);
  const signIn = (user: UserRecord, scopes: readonly string[]) => {
    const grant = { userId: user.id, appId: app.id, scopes };
    const access = mintToken(store, tokens, {
      ...grant,
      kind: 'access',
      ttlSeconds: shape.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    });
    const refresh = mintToken(store, tokens, {
      ...grant,
      kind: 'refresh',
      ttlSeconds: shape.refreshTokenTtlSeconds ?? DEFAULT_REFRESH_TOKEN_TTL_SECONDS,
    });
    return { access: access.value, refresh: refresh.value };
  };
  // The v3 pairs are minted after every v5 one, so a seed's v5 tokens stay as they were.
  const v5 = [demo, target].map((user) => signIn(user, ALL_V5_SCOPES));
  const v3 = [demo, target].map((user) => signIn(user, ALL_V3_SCOPES));
  const users = [demo, target].map((user, index): SimUser => ({
    id: user.id,
    username: user.username,
    accessToken: v5[index]?.access ?? '',
    refreshToken: v5[index]?.refresh ?? '',
    scopes: [...ALL_V5_SCOPES],
    v3AccessToken: v3[index]?.access ?? '',
    v3RefreshToken: v3[index]?.refresh ?? '',
  }));
  return { app, users };
}

function addUser(store: SimStore, username: string, accountType: UserRecord['accountType'], about: string): UserRecord {
  const user: UserRecord = {
    id: store.nextId('user'),
    username,
    accountType,
    about,
    websiteUrl: `https://${username.replace('_', '-')}.example.com`,
    profileImage: `https://i.pinimg.com/600x600_R/${username}.jpg`,
    followerCount: 0,
    followingCount: 0,
    monthlyViews: 0,
    boardIds: [],
    linkedBusinessIds: [],
  };
  store.addUser(user);
  return user;
}

function seedBoard(store: SimStore, data: SeededRandom, owner: UserRecord, index: number, pinCount: number): void {
  const theme = THEMES[index % THEMES.length] ?? THEMES[0];
  const round = Math.floor(index / THEMES.length);
  const seq = store.nextSeq();
  const board: BoardRecord = {
    id: store.nextId('board'),
    seq,
    ownerId: owner.id,
    name: round === 0 ? theme.name : `${theme.name} ${round + 1}`,
    description: theme.description,
    privacy: index % 3 === 1 ? 'SECRET' : 'PUBLIC',
    createdAt: EPOCH + seq * STEP_MS,
    pinsModifiedAt: EPOCH + seq * STEP_MS,
    followerCount: data.int(500),
    pins: [],
    sections: [],
  };
  store.addBoard(board);
  // Every other non-empty board has two sections; a quarter of its pins go in each.
  if (pinCount > 0 && index % 2 === 0) {
    for (const name of theme.sections) {
      store.addSection(board, { id: store.nextId('section'), seq: store.nextSeq(), boardId: board.id, name });
    }
  }
  for (let n = 0; n < pinCount; n += 1) seedPin(store, data, board, theme, n);
}

function seedPin(store: SimStore, data: SeededRandom, board: BoardRecord, theme: BoardTheme, n: number): void {
  const seq = store.nextSeq();
  const noun = data.pick(theme.nouns);
  const title = `${data.pick(ADJECTIVES)} ${noun}`;
  const section = board.sections.length > 0 && n % 4 !== 0 && n % 4 !== 3 ? board.sections[(n % 4) - 1] : undefined;
  store.addPin(board, {
    id: store.nextId('pin'),
    seq,
    boardId: board.id,
    sectionId: section?.id ?? null,
    ownerId: board.ownerId,
    title,
    description: `${title}: ${data.pick(PHRASES)}`,
    link: n % 5 === 3 ? null : `https://${theme.domain}/${noun.replace(/ /g, '-')}-${n + 1}`,
    altText: n % 3 === 2 ? null : `Photo of a ${noun}`,
    dominantColor: `#${data.string(HEX, 6)}`,
    createdAt: EPOCH + seq * STEP_MS,
    media: seedMedia(n, data.string(HEX, 32), title),
    parentPinId: null,
    isStandard: true,
  });
}

/**
 * The kinds a real board mixes, by slot: mostly images, a carousel in every eighth slot, a video
 * in every sixteenth, and in every eighth an Idea pin of several videos or of images and videos,
 * which v5 lists but cannot create. Further images derive from `key`, so the seeded random
 * sequence, and with it every other seeded value, stays as it was.
 */
function seedMedia(n: number, key: string, title: string): PinMediaRecord {
  const derived = (part: number) => createHash('md5').update(`${key}:${part}`).digest('hex');
  const video = (part: number): VideoRecord => ({
    kind: 'video',
    mediaId: String(BigInt(`0x${derived(part).slice(0, 12)}`)),
    cover: imageForKey(derived(part + 100)),
    durationMs: 6_000 + (part % 5) * 3_000,
    width: 1080,
    height: 1920,
  });
  if (n % 8 === 7) {
    const pages = n % 16 === 7 ? [video(1), video(2), video(3)] : [{ kind: 'image' as const, image: imageForKey(key) }, video(1)];
    return { kind: 'pages', pages };
  }
  if (n % 8 === 5) {
    const items = [0, 1, 2].slice(0, 2 + (Math.floor(n / 8) % 2)).map((part) => ({
      image: imageForKey(part === 0 ? key : derived(part)),
      title: `${title}, ${part + 1}`,
      description: null,
      link: null,
    }));
    return { kind: 'images', items };
  }
  if (n % 16 === 2) return video(1);
  return { kind: 'image', image: imageForKey(key) };
}
