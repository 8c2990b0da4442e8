import type { Listing } from '@pinkit/http';
import type { PageOptions } from './boards.js';
import { listOptions } from './list-options.js';
import { endpoint } from './endpoint.js';
import { expectObject } from './expect-shape.js';
import type { BoardSection, Pin } from './types.js';

/** `client.boardSections`: https://developers.pinterest.com/docs/api/v5/board_sections-list and the calls beside it. */
export const boardSections = {
  list: endpoint('board_sections/list', (call, boardId: string, given?: PageOptions): Listing<BoardSection> =>
    call.list({ params: { board_id: boardId }, query: { page_size: listOptions('boardSections.list', given).pageSize } }),
  ),
  create: endpoint('board_sections/create', (call, boardId: string, input: { name: string }): Promise<BoardSection> =>
    expectObject(call({ params: { board_id: boardId }, body: input }), 'board_sections/create'),
  ),
  delete: endpoint('board_sections/delete', async (call, boardId: string, sectionId: string): Promise<void> => {
    await call({ params: { board_id: boardId, section_id: sectionId } });
  }),
  listPins: endpoint('board_sections/list_pins', (call, boardId: string, sectionId: string, given?: PageOptions): Listing<Pin> =>
    call.list({
      params: { board_id: boardId, section_id: sectionId },
      query: { page_size: listOptions('boardSections.listPins', given).pageSize },
    }),
  ),
};
