import type { CreativeType } from '@pinkit/api-v5';
import { ownAdAccount } from '../ads/ad-account-access.js';
import { isPromoted } from '../ads/promoted-pins.js';
import { readPageRequest } from '../core/bookmark-paging.js';
import { readList } from '../core/list-param.js';
import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext, RouteEntry } from '../core/route.js';
import { pageAcrossLists } from './page-across-lists.js';
import type { PinRecord } from './pin-records.js';
import { v5Pin } from './pin-view.js';

// https://developers.pinterest.com/docs/api/v5/pins-list: every pin the "operation user" owns,
// whoever owns the board it is on, newest first. The operation user is the caller, or the owner
// of `ad_account_id` (simulated users share no ad accounts, so that is the caller too).
// `pin_metrics` adds nothing: the simulator keeps no pin metrics.

const CREATIVE_TYPES: readonly CreativeType[] = [
  'REGULAR',
  'VIDEO',
  'SHOPPING',
  'CAROUSEL',
  'MAX_VIDEO',
  'SHOP_THE_PIN',
  'COLLECTION',
  'IDEA',
  'SHOWCASE',
  'QUIZ',
  'COLLAGE',
  'MAX_WIDTH_REGULAR_COLLECTION',
  'MAX_WIDTH_VIDEO_COLLECTION',
];

type PinTest = (pin: PinRecord) => boolean;

function readBoolean(query: URLSearchParams, name: string): boolean {
  const raw = query.get(name);
  if (raw === null || raw === 'false') return false;
  if (raw === 'true') return true;
  throw failures.invalidParameters(`Parameter '${name}' must be true or false (was ${raw})`);
}

function pinFilter(ctx: AuthedContext): PinTest | undefined {
  const filter = ctx.query.get('pin_filter');
  if (filter === null) return undefined;
  if (filter === 'exclude_native') return (pin) => pin.parentPinId !== null;
  if (filter === 'exclude_repins') return (pin) => pin.parentPinId === null;
  if (filter === 'has_been_promoted') return (pin) => isPromoted(ctx.store, pin.id);
  throw failures.invalidParameters(`'pin_filter' value '${filter}' is not one of exclude_native, exclude_repins, has_been_promoted`);
}

/** Protected pins only when asked for; `pin_type=PRIVATE` keeps the pins of secret boards. */
function privacyFilter(ctx: AuthedContext): PinTest {
  const withProtected = readBoolean(ctx.query, 'include_protected_pins');
  const pinType = ctx.query.get('pin_type');
  if (pinType !== null && pinType !== 'PRIVATE') throw failures.invalidParameters(`'pin_type' value '${pinType}' is not one of PRIVATE`);
  return (pin) => {
    const privacy = ctx.store.boards.get(pin.boardId)?.privacy;
    if (privacy === 'PROTECTED' && !withProtected) return false;
    return pinType === null || privacy === 'SECRET';
  };
}

/** Tested on the pin as rendered, so the filter says what the listed `creative_type` says. */
function creativeTypeFilter(ctx: AuthedContext): PinTest | undefined {
  const types = readList(ctx.query, 'creative_types');
  if (types.length === 0) return undefined;
  const bad = types.find((type) => !(CREATIVE_TYPES as readonly string[]).includes(type));
  if (bad !== undefined) throw failures.invalidParameters(`'creative_types' value '${bad}' is not one of ${CREATIVE_TYPES.join(', ')}`);
  return (pin) => types.includes(v5Pin(ctx.store, pin, ctx.caller.id).creative_type ?? '');
}

export const pinListRoutes: readonly RouteEntry[] = [
  {
    operation: 'pins/list',
    handle: (ctx) => {
      const adAccountId = ctx.query.get('ad_account_id');
      const owner =
        adAccountId === null ? ctx.caller : (ctx.store.users.get(ownAdAccount(ctx.store, ctx.caller, adAccountId).ownerId) ?? ctx.caller);
      const tests = [pinFilter(ctx), privacyFilter(ctx), creativeTypeFilter(ctx)].filter((test): test is PinTest => test !== undefined);
      const request = readPageRequest(ctx.query);
      // A user's pins are all on the user's boards in the simulator (pins are created and saved
      // to one's own boards only), so the boards' sorted pin lists are the whole of them.
      const boards = ctx.store.boardsOf(owner.id).map((board) => board.pins);
      const include = (pin: PinRecord) => pin.ownerId === owner.id && tests.every((test) => test(pin));
      const page = pageAcrossLists(boards, request, include);
      return { status: 200, body: { items: page.items.map((pin) => v5Pin(ctx.store, pin, ctx.caller.id)), bookmark: page.bookmark } };
    },
  },
];
