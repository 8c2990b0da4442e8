import { optionalEnum, optionalString, requiredString } from '../core/body-fields.js';
import { pageOf, readPageRequest } from '../core/bookmark-paging.js';
import { jsonObject } from '../core/http-exchange.js';
import type { RouteEntry } from '../core/route.js';
import { v5Pin } from '../pins/pin-view.js';
import { ownBoard } from './board-access.js';
import { createBoard, refuseTakenName } from './create-board.js';
import type { BoardPrivacy, BoardRecord } from './board-records.js';
import { v5Board } from './board-views.js';
import { sectionRoutes } from './section-routes.js';

const PRIVACY_FILTERS = ['ALL', 'PUBLIC', 'PROTECTED', 'SECRET', 'PUBLIC_AND_SECRET'] as const;
const CREATE_PRIVACY = ['PUBLIC', 'PROTECTED', 'SECRET'] as const;
const UPDATE_PRIVACY = ['PUBLIC', 'SECRET'] as const;

// https://developers.pinterest.com/docs/api/v5/#tag/boards
export const boardRoutes: readonly RouteEntry[] = [
  {
    operation: 'boards/list',
    handle: (ctx) => {
      const request = readPageRequest(ctx.query);
      const filter = optionalEnum(Object.fromEntries(ctx.query), 'privacy', PRIVACY_FILTERS) ?? 'ALL';
      // v5 lists no archived boards (v3's board feed does, on request).
      const include = (board: BoardRecord): boolean =>
        board.archived !== true &&
        (filter === 'ALL' || board.privacy === filter || (filter === 'PUBLIC_AND_SECRET' && board.privacy !== 'PROTECTED'));
      const page = pageOf(ctx.store.boardsOf(ctx.caller.id), request, { newestFirst: false, include });
      return { status: 200, body: { items: page.items.map((board) => v5Board(ctx.store, board)), bookmark: page.bookmark } };
    },
  },
  {
    operation: 'boards/create',
    handle: (ctx) => {
      const body = jsonObject(ctx.body);
      const name = requiredString(body, 'name', { min: 1, max: 180 }).trim();
      const board = createBoard(ctx, {
        name,
        description: optionalString(body, 'description') ?? null,
        privacy: optionalEnum(body, 'privacy', CREATE_PRIVACY) ?? 'PUBLIC',
      });
      return { status: 201, body: v5Board(ctx.store, board) };
    },
  },
  {
    operation: 'boards/get',
    handle: (ctx) => ({ status: 200, body: v5Board(ctx.store, ownBoard(ctx.store, ctx.caller, ctx.params['board_id'])) }),
  },
  {
    operation: 'boards/update',
    handle: (ctx) => {
      const board = ownBoard(ctx.store, ctx.caller, ctx.params['board_id']);
      const body = jsonObject(ctx.body);
      const name = optionalString(body, 'name', { min: 1, max: 180 })?.trim();
      const description = optionalString(body, 'description');
      const privacy: BoardPrivacy | undefined = optionalEnum(body, 'privacy', UPDATE_PRIVACY);
      if (name !== undefined && name.toLowerCase() !== board.name.toLowerCase()) refuseTakenName(ctx, name);
      if (name !== undefined) board.name = name;
      if (description !== undefined) board.description = description;
      if (privacy !== undefined) board.privacy = privacy;
      return { status: 200, body: v5Board(ctx.store, board) };
    },
  },
  {
    operation: 'boards/delete',
    handle: (ctx) => {
      ctx.store.removeBoard(ownBoard(ctx.store, ctx.caller, ctx.params['board_id']));
      return { status: 204 };
    },
  },
  {
    operation: 'boards/list_pins',
    handle: (ctx) => {
      const board = ownBoard(ctx.store, ctx.caller, ctx.params['board_id']);
      const page = pageOf(board.pins, readPageRequest(ctx.query), { newestFirst: true });
      return { status: 200, body: { items: page.items.map((pin) => v5Pin(ctx.store, pin, ctx.caller.id)), bookmark: page.bookmark } };
    },
  },
  ...sectionRoutes,
];
