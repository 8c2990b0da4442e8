import { ownBoard } from '../boards/board-access.js';
import { pageOf, readPageRequest } from '../core/bookmark-paging.js';
import { numericId } from '../core/numeric-id.js';
import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext, BearerRoute, RouteEntry } from '../core/route.js';
import { grantedScopes } from '../oauth/known-scopes.js';
import { readablePin } from '../pins/pin-access.js';
import type { PinRecord } from '../pins/pin-records.js';
import { linkedBusinesses } from '../users/linked-businesses.js';
import type { UserRecord } from '../users/user-record.js';
import { v3ErrorReply } from './v3-error-reply.js';
import { booleanFlag } from './v3-query.js';
import { v3Success } from './v3-reply.js';
import { v3Board, v3Business, v3Pin, v3Section, v3User } from './v3-views.js';

/** A v3 read: bearer auth with v3 scope names, never a write, refusals in v3's envelope. */
function read(path: string, scopes: readonly string[], handle: BearerRoute['handle']): BearerRoute {
  return { method: 'GET', path, auth: 'bearer', scopes, write: false, rateLimitCategory: 'org_read', formatError: v3ErrorReply, handle };
}

/** `{user}` is `me`, or the caller's id or username; v3 let apps read others' public data, which pinkit never did. */
function pathUser(ctx: AuthedContext): UserRecord {
  const user = ctx.params['user'];
  if (user === 'me' || user === ctx.caller.id || user === ctx.caller.username) return ctx.caller;
  throw failures.notPermitted();
}

// v3's scopes say who sees what: read_boards covers secret boards ("See all your boards (including
// secret and group boards)"), read_pins only public pins ("See all public Pins"); a pin on a secret
// board needs read_secret_pins (or the read_secret composite). Listings leave such pins out.
function seesPin(ctx: AuthedContext, pin: PinRecord): boolean {
  return ctx.store.boards.get(pin.boardId)?.privacy !== 'SECRET' || grantedScopes(ctx.token.scopes).includes('read_secret_pins');
}

// The v3 reads the quickstart made (API-V3.md), from the same store as v5: a board created
// through v5 is read here, with the same ids and the same bookmark paging.
export const v3ReadRoutes: readonly RouteEntry[] = [
  read('/v3/users/{user}/', ['read_users'], (ctx) => v3Success(v3User(ctx.store, pathUser(ctx)))),
  // The quickstart's README: "This script will generate a 400 error if your application does not
  // have access to the read_advertisers scope."
  {
    ...read('/v3/users/{user}/businesses/', ['read_advertisers'], (ctx) =>
      v3Success(linkedBusinesses(ctx.store, pathUser(ctx)).map(v3Business)),
    ),
    missingScopeStatus: 400,
  },
  read('/v3/users/{user}/boards/feed/', ['read_boards'], (ctx) => {
    const owner = pathUser(ctx);
    const includeEmpty = booleanFlag(ctx.query, 'include_empty', true);
    const includeArchived = booleanFlag(ctx.query, 'include_archived', true);
    const page = pageOf(ctx.store.boardsOf(owner.id), readPageRequest(ctx.query), {
      newestFirst: false,
      include: (board) => (includeEmpty || board.pins.length > 0) && (includeArchived || board.archived !== true),
    });
    return v3Success(
      page.items.map((board) => v3Board(ctx.store, board)),
      page.bookmark,
    );
  }),
  read('/v3/users/{user}/pins/', ['read_pins'], (ctx) => {
    const owner = pathUser(ctx);
    const pins = ctx.store.boardsOf(owner.id).flatMap((board) => board.pins.filter((pin) => pin.ownerId === owner.id && seesPin(ctx, pin)));
    const page = pageOf(
      pins.sort((a, b) => a.seq - b.seq),
      readPageRequest(ctx.query),
      { newestFirst: true },
    );
    return v3Success(page.items.map(v3Pin), page.bookmark);
  }),
  read('/v3/boards/{board}/', ['read_boards'], (ctx) =>
    v3Success(v3Board(ctx.store, ownBoard(ctx.store, ctx.caller, ctx.params['board']))),
  ),
  read('/v3/boards/{board}/pins/', ['read_pins'], (ctx) => {
    const board = ownBoard(ctx.store, ctx.caller, ctx.params['board']);
    const page = pageOf(board.pins, readPageRequest(ctx.query), { newestFirst: true, include: (pin) => seesPin(ctx, pin) });
    return v3Success(page.items.map(v3Pin), page.bookmark);
  }),
  read('/v3/board/{board}/sections/', ['read_boards'], (ctx) => {
    const board = ownBoard(ctx.store, ctx.caller, ctx.params['board']);
    const page = pageOf(board.sections, readPageRequest(ctx.query), { newestFirst: false });
    return v3Success(
      page.items.map((section) => v3Section(board, section)),
      page.bookmark,
    );
  }),
  // A section's pins by the section id alone; its board must be the caller's, as on v5.
  read('/v3/board/sections/{section}/pins/', ['read_pins'], (ctx) => {
    const section = ctx.store.sections.get(numericId('section', ctx.params['section']));
    if (!section) throw failures.sectionNotFound();
    const board = ownBoard(ctx.store, ctx.caller, section.boardId);
    const page = pageOf(board.pins, readPageRequest(ctx.query), {
      newestFirst: true,
      include: (pin) => pin.sectionId === section.id && seesPin(ctx, pin),
    });
    return v3Success(page.items.map(v3Pin), page.bookmark);
  }),
  read('/v3/pins/{pin}/', ['read_pins'], (ctx) => {
    const pin = readablePin(ctx.store, ctx.caller, ctx.params['pin'], null);
    if (!seesPin(ctx, pin)) throw failures.missingScopes(['read_secret_pins']);
    return v3Success(v3Pin(pin));
  }),
];
