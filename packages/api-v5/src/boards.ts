import type { Listing } from '@pinkit/http';
import { listOptions } from './list-options.js';
import { endpoint } from './endpoint.js';
import { expectObject } from './expect-shape.js';
import type { Board, BoardCreate, BoardPrivacy, Pin } from './types.js';

export interface PageOptions {
  /** Items per page, 1..250 (Pinterest's default is 25). */
  pageSize?: number;
}

export interface ListBoardsOptions extends PageOptions {
  privacy?: BoardPrivacy;
}

/** `client.boards`: https://developers.pinterest.com/docs/api/v5/boards-list and the calls beside it. */
export const boards = {
  list: endpoint('boards/list', (call, given?: ListBoardsOptions): Listing<Board> => {
    const options = listOptions('boards.list', given);
    return call.list({ query: { page_size: options.pageSize, privacy: options.privacy } });
  }),
  get: endpoint('boards/get', (call, boardId: string): Promise<Board> =>
    expectObject(call({ params: { board_id: boardId } }), 'boards/get'),
  ),
  create: endpoint('boards/create', (call, input: BoardCreate): Promise<Board> => expectObject(call({ body: input }), 'boards/create')),
  delete: endpoint('boards/delete', async (call, boardId: string): Promise<void> => {
    await call({ params: { board_id: boardId } });
  }),
  /** Every pin of the board, those in sections included (each carries its `board_section_id`). */
  listPins: endpoint('boards/list_pins', (call, boardId: string, given?: PageOptions): Listing<Pin> =>
    call.list({ params: { board_id: boardId }, query: { page_size: listOptions('boards.listPins', given).pageSize } }),
  ),
};
