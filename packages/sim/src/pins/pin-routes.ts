import { boardSection, ownBoard } from '../boards/board-access.js';
import type { BoardRecord } from '../boards/board-records.js';
import { optionalId } from '../core/body-fields.js';
import { jsonObject } from '../core/http-exchange.js';
import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext, RouteEntry } from '../core/route.js';
import { parseMediaSource } from '../media/media-source.js';
import { addPin } from './add-pin.js';
import { ownPin, readablePin, visiblePin } from './pin-access.js';
import { readPinChanges, readPinText } from './pin-input.js';
import { v5Pin } from './pin-view.js';
import { refuseSpam } from './spam-check.js';

// https://developers.pinterest.com/docs/api/v5/#tag/pins
export const pinRoutes: readonly RouteEntry[] = [
  {
    operation: 'pins/get',
    handle: (ctx) => {
      const pin = readablePin(ctx.store, ctx.caller, ctx.params['pin_id'], ctx.query.get('ad_account_id'));
      return { status: 200, body: v5Pin(ctx.store, pin, ctx.caller.id) };
    },
  },
  {
    operation: 'pins/create',
    handle: (ctx) => {
      const body = jsonObject(ctx.body);
      const text = readPinText(body);
      const { board, sectionId } = destination(ctx, body);
      if (body['media_source'] === undefined) throw failures.invalidParameters("Invalid request: 'media_source' is required.");
      const { media, isStandard } = parseMediaSource(ctx.store, ctx.caller, body['media_source'], text.link);
      refuseSpam(ctx.knobs, text.link);
      const pin = addPin(ctx, board, { ...text, sectionId, media, isStandard });
      return { status: 201, body: v5Pin(ctx.store, pin, ctx.caller.id) };
    },
  },
  {
    operation: 'pins/delete',
    handle: (ctx) => {
      ctx.store.removePin(ownPin(ctx.store, ctx.caller, ctx.params['pin_id']));
      return { status: 204 };
    },
  },
  {
    // https://developers.pinterest.com/docs/api/v5/pins-update: the fields given change, the others stay.
    operation: 'pins/update',
    handle: (ctx) => {
      const pin = ownPin(ctx.store, ctx.caller, ctx.params['pin_id']);
      const changes = readPinChanges(jsonObject(ctx.body));
      if (changes.link) refuseSpam(ctx.knobs, changes.link);
      Object.assign(pin, changes);
      return { status: 200, body: v5Pin(ctx.store, pin, ctx.caller.id) };
    },
  },
  {
    // Saving puts a new pin, owned by the caller, on the caller's board; it remembers its parent.
    operation: 'pins/save',
    handle: (ctx) => {
      const source = visiblePin(ctx.store, ctx.caller, ctx.params['pin_id']);
      const { board, sectionId } = destination(ctx, jsonObject(ctx.body));
      refuseSpam(ctx.knobs, source.link);
      const pin = addPin(ctx, board, { ...source, sectionId, parentPinId: source.id });
      return { status: 201, body: v5Pin(ctx.store, pin, ctx.caller.id) };
    },
  },
];

function destination(ctx: AuthedContext, body: Readonly<Record<string, unknown>>): { board: BoardRecord; sectionId: string | null } {
  const boardId = optionalId(body, 'board_id');
  if (boardId === undefined) throw failures.invalidParameters("Invalid request: 'board_id' is required.");
  const board = ownBoard(ctx.store, ctx.caller, boardId);
  const sectionId = optionalId(body, 'board_section_id');
  return { board, sectionId: sectionId === undefined ? null : boardSection(ctx.store, board, sectionId).id };
}
