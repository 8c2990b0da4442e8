import { requiredString } from '../core/body-fields.js';
import { pageOf, readPageRequest } from '../core/bookmark-paging.js';
import { jsonObject } from '../core/http-exchange.js';
import type { RouteEntry } from '../core/route.js';
import { v5Pin } from '../pins/pin-view.js';
import { boardSection, ownBoard } from './board-access.js';
import { v5Section } from './board-views.js';
import { createSection } from './create-section.js';

// https://developers.pinterest.com/docs/api/v5/#tag/boards (board_sections/*)
export const sectionRoutes: readonly RouteEntry[] = [
  {
    operation: 'board_sections/list',
    handle: (ctx) => {
      const board = ownBoard(ctx.store, ctx.caller, ctx.params['board_id']);
      const page = pageOf(board.sections, readPageRequest(ctx.query), { newestFirst: false });
      return { status: 200, body: { items: page.items.map(v5Section), bookmark: page.bookmark } };
    },
  },
  {
    operation: 'board_sections/create',
    handle: (ctx) => {
      const board = ownBoard(ctx.store, ctx.caller, ctx.params['board_id']);
      const name = requiredString(jsonObject(ctx.body), 'name', { min: 1, max: 180 }).trim();
      return { status: 201, body: v5Section(createSection(ctx.store, board, name)) };
    },
  },
  {
    operation: 'board_sections/delete',
    handle: (ctx) => {
      const board = ownBoard(ctx.store, ctx.caller, ctx.params['board_id']);
      ctx.store.removeSection(board, boardSection(ctx.store, board, ctx.params['section_id']));
      return { status: 204 };
    },
  },
  {
    operation: 'board_sections/list_pins',
    handle: (ctx) => {
      const board = ownBoard(ctx.store, ctx.caller, ctx.params['board_id']);
      const section = boardSection(ctx.store, board, ctx.params['section_id']);
      const page = pageOf(board.pins, readPageRequest(ctx.query), { newestFirst: true, include: (pin) => pin.sectionId === section.id });
      return { status: 200, body: { items: page.items.map((pin) => v5Pin(ctx.store, pin, ctx.caller.id)), bookmark: page.bookmark } };
    },
  },
];
