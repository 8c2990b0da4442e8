import { v3Options } from './v3-options.js';
import type { Listing } from '@pinkit/http';
import { pathSegment } from '@pinkit/http';
import { getList, getObject, writeNothing, writeObject, type V3Context } from './v3-call.js';
import type { V3Board, V3BoardCreate, V3Pin, V3Section } from './v3-types.js';
import type { V3PageOptions } from './users.js';

// v5's counterparts (boards/create, boards/delete, board_sections/create) are counted as org_write.
const ORG_WRITE = 'org_write';

/** `client.boards`: a board, its pins and its sections; creating and deleting boards, creating sections. */
export function boards(context: V3Context) {
  const board = (call: string, boardId: string) => pathSegment(call, 'boardId', boardId);
  return {
    get: (boardId: string): Promise<V3Board> => getObject(context, 'boards.get', `/v3/boards/${board('boards.get', boardId)}/`),
    listPins: (boardId: string, given?: V3PageOptions): Listing<V3Pin> => {
      const options = v3Options('boards.listPins', given);
      return getList(context, 'boards.listPins', `/v3/boards/${board('boards.listPins', boardId)}/pins/`, { page_size: options.pageSize });
    },
    // v3 names sections under the singular `/v3/board/`, unlike the board itself.
    listSections: (boardId: string, given?: V3PageOptions): Listing<V3Section> => {
      const options = v3Options('boards.listSections', given);
      return getList(context, 'boards.listSections', `/v3/board/${board('boards.listSections', boardId)}/sections/`, {
        page_size: options.pageSize,
      });
    },
    /** `GET /v3/board/sections/{section}/pins/`: a section's pins, named by the section alone. */
    listSectionPins: (sectionId: string, given?: V3PageOptions): Listing<V3Pin> => {
      const options = v3Options('boards.listSectionPins', given);
      return getList(
        context,
        'boards.listSectionPins',
        `/v3/board/sections/${pathSegment('boards.listSectionPins', 'sectionId', sectionId)}/pins/`,
        {
          page_size: options.pageSize,
        },
      );
    },
    /** `PUT /v3/boards/`: a new board of the token's owner. */
    create: (input: V3BoardCreate): Promise<V3Board> =>
      writeObject(context, 'boards.create', '/v3/boards/', { method: 'PUT', json: input, rateLimitCategory: ORG_WRITE }),
    /** `DELETE /v3/boards/{board}/`, with its sections and pins. */
    delete: (boardId: string): Promise<void> =>
      writeNothing(context, 'boards.delete', `/v3/boards/${board('boards.delete', boardId)}/`, {
        method: 'DELETE',
        rateLimitCategory: ORG_WRITE,
      }),
    /** `PUT /v3/board/{board}/sections/`: a new section titled `title`. */
    createSection: (boardId: string, input: { title: string }): Promise<V3Section> =>
      writeObject(context, 'boards.createSection', `/v3/board/${board('boards.createSection', boardId)}/sections/`, {
        method: 'PUT',
        json: input,
        rateLimitCategory: ORG_WRITE,
      }),
  };
}
