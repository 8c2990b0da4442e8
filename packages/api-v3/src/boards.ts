import type { Listing } from '@pinkit/http';
import { pathSegment } from '@pinkit/http';
import { getList, getObject, type V3Context } from './v3-call.js';
import type { V3Board, V3Pin, V3Section } from './v3-types.js';
import type { V3PageOptions } from './users.js';

/** `client.boards`: a board, its pins and its sections. */
export function boards(context: V3Context) {
  const board = (call: string, boardId: string) => pathSegment(call, 'boardId', boardId);
  return {
    get: (boardId: string): Promise<V3Board> => getObject(context, 'boards.get', `/v3/boards/${board('boards.get', boardId)}/`),
    listPins: (boardId: string, options: V3PageOptions = {}): Listing<V3Pin> =>
      getList(context, 'boards.listPins', `/v3/boards/${board('boards.listPins', boardId)}/pins/`, { page_size: options.pageSize }),
    // v3 names sections under the singular `/v3/board/`, unlike the board itself.
    listSections: (boardId: string, options: V3PageOptions = {}): Listing<V3Section> =>
      getList(context, 'boards.listSections', `/v3/board/${board('boards.listSections', boardId)}/sections/`, {
        page_size: options.pageSize,
      }),
  };
}
