// The tools that only read: who the account is, its boards, sections and pins.
import { defineTool } from '../tool-kit.js';
import { cursor, id, pageSize } from '../tool-inputs.js';
import { answer } from '../tool-result.js';
import { firstPage } from '../first-page.js';

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true } as const;

// A board's sections are listed whole for get_board; past this many, the answer says it stopped.
const MAX_SECTIONS = 250;

export const whoami = defineTool({
  name: 'whoami',
  needs: ['getUserAccount'],
  title: 'Who am I',
  description: 'The Pinterest account this server acts for: username, account type, follower and board counts.',
  input: {},
  annotations: READ_ONLY,
  run: async (_args, { account }) => answer(await (await account()).getUserAccount()),
});

export const listBoards = defineTool({
  name: 'list_boards',
  needs: ['listBoards'],
  title: 'List boards',
  description: "One page of the account's boards. Pass next_cursor back as cursor for the next page.",
  input: { cursor, page_size: pageSize },
  annotations: READ_ONLY,
  run: async ({ cursor: bookmark, page_size }, { account }) =>
    answer(await firstPage((await account()).listBoards({ pageSize: page_size ?? 25 }), bookmark)),
});

export const getBoard = defineTool({
  name: 'get_board',
  needs: ['getBoard', 'listBoardSections'],
  title: 'Get a board',
  description: `One board with its sections (up to ${MAX_SECTIONS}).`,
  input: { board_id: id('The board id') },
  annotations: READ_ONLY,
  run: async ({ board_id }, { account }) => {
    const pinterest = await account();
    const board = await pinterest.getBoard(board_id);
    const sections: object[] = [];
    let more = false;
    for await (const page of pinterest.listBoardSections(board_id, { pageSize: 100 }).pages()) {
      const room = MAX_SECTIONS - sections.length;
      sections.push(...page.items.slice(0, room));
      if (page.items.length > room || (sections.length >= MAX_SECTIONS && page.bookmark !== null)) {
        more = true;
        break;
      }
    }
    return answer({ board, sections, ...(more ? { sections_truncated: true } : {}) });
  },
});

export const listBoardPins = defineTool({
  name: 'list_board_pins',
  needs: ['listBoardPins'],
  title: "List a board's pins",
  description: "One page of a board's pins, those in sections included. Pass next_cursor back as cursor for the next page.",
  input: { board_id: id('The board id'), cursor, page_size: pageSize },
  annotations: READ_ONLY,
  run: async ({ board_id, cursor: bookmark, page_size }, { account }) =>
    answer(await firstPage((await account()).listBoardPins(board_id, { pageSize: page_size ?? 25 }), bookmark)),
});

export const listUserPins = defineTool({
  name: 'list_user_pins',
  needs: ['listUserPins'],
  title: "List the account's pins",
  description: "One page of all the account's pins. Pass next_cursor back as cursor for the next page.",
  input: { cursor, page_size: pageSize },
  annotations: READ_ONLY,
  run: async ({ cursor: bookmark, page_size }, { account }) =>
    answer(await firstPage((await account()).listUserPins({ pageSize: page_size ?? 25 }), bookmark)),
});

export const getPin = defineTool({
  name: 'get_pin',
  needs: ['getPin'],
  title: 'Get a pin',
  description: 'One pin: title, description, link, board, media and counts.',
  input: { pin_id: id('The pin id') },
  annotations: READ_ONLY,
  run: async ({ pin_id }, { account }) => answer(await (await account()).getPin(pin_id)),
});

export { READ_ONLY };
