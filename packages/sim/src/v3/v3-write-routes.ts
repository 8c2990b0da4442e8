import { DESCRIBED_OPERATIONS as V5_OPERATIONS } from '../generated/operations.js';
import { boardSection, ownBoard } from '../boards/board-access.js';
import type { BoardPrivacy } from '../boards/board-records.js';
import { createBoard } from '../boards/create-board.js';
import { createSection } from '../boards/create-section.js';
import { optionalString, requiredString } from '../core/body-fields.js';
import { jsonObject } from '../core/http-exchange.js';
import { failures } from '../core/pinterest-failure.js';
import type { BearerRoute, HttpMethod, RouteEntry, V5UserOperationId } from '../core/route.js';
import { addPin } from '../pins/add-pin.js';
import { refuseSpam } from '../pins/spam-check.js';
import { v3ErrorReply } from './v3-error-reply.js';
import { readV3NewPin } from './v3-pin-input.js';
import { v3Success } from './v3-reply.js';
import { v3Board, v3Pin, v3Section } from './v3-views.js';

/**
 * A v3 write: counted as a write (so the fault knobs may lose its answer) and paced in the
 * rate-limit category of its v5 counterpart, since one Pinterest account is behind both.
 */
function write(
  method: HttpMethod,
  path: string,
  scopes: readonly string[],
  counterpart: V5UserOperationId,
  handle: BearerRoute['handle'],
): BearerRoute {
  const category = V5_OPERATIONS[counterpart].rateLimitCategory;
  return {
    method,
    path,
    auth: 'bearer',
    scopes,
    write: true,
    ...(category ? { rateLimitCategory: category } : {}),
    formatError: v3ErrorReply,
    handle,
  };
}

const PRIVACY: readonly BoardPrivacy[] = ['PUBLIC', 'PROTECTED', 'SECRET'];

/** v3 spelled privacy in lower case (`public`, `secret`), as its reads print it; either case is taken. */
function boardPrivacy(body: Readonly<Record<string, unknown>>): BoardPrivacy {
  const raw = optionalString(body, 'privacy');
  if (raw === undefined || raw === null) return 'PUBLIC';
  const privacy = PRIVACY.find((value) => value === raw.toUpperCase());
  if (privacy === undefined)
    throw failures.invalidParameters(`Invalid request: 'privacy' must be public, protected or secret (was ${raw}).`);
  return privacy;
}

// The v3 writes the quickstart made (API-V3.md): `PUT` creates, `DELETE` deletes, into the same
// store as v5, so a board made here is read through v5 and the other way round. Answers are 200
// with the envelope, the created object in `data`.
export const v3WriteRoutes: readonly RouteEntry[] = [
  write('PUT', '/v3/boards/', ['write_boards'], 'boards/create', (ctx) => {
    const body = jsonObject(ctx.body);
    const board = createBoard(ctx, {
      name: requiredString(body, 'name', { min: 1, max: 180 }).trim(),
      description: optionalString(body, 'description') ?? null,
      privacy: boardPrivacy(body),
    });
    return v3Success(v3Board(ctx.store, board));
  }),
  write('DELETE', '/v3/boards/{board}/', ['write_boards'], 'boards/delete', (ctx) => {
    ctx.store.removeBoard(ownBoard(ctx.store, ctx.caller, ctx.params['board']));
    return v3Success(null);
  }),
  write('PUT', '/v3/board/{board}/sections/', ['write_boards'], 'board_sections/create', (ctx) => {
    const board = ownBoard(ctx.store, ctx.caller, ctx.params['board']);
    const title = requiredString(jsonObject(ctx.body), 'title', { min: 1, max: 180 }).trim();
    return v3Success(v3Section(board, createSection(ctx.store, board, title)));
  }),
  write('PUT', '/v3/pins/', ['write_pins'], 'pins/create', (ctx) => {
    const input = readV3NewPin(jsonObject(ctx.body));
    const board = ownBoard(ctx.store, ctx.caller, input.boardId);
    const sectionId = input.sectionId === undefined ? null : boardSection(ctx.store, board, input.sectionId).id;
    refuseSpam(ctx.knobs, input.link);
    const pin = addPin(ctx, board, {
      title: input.title,
      description: input.description,
      link: input.link,
      altText: input.altText,
      dominantColor: null,
      parentPinId: null,
      sectionId,
      media: input.media,
      isStandard: true,
    });
    return v3Success(v3Pin(pin));
  }),
];
