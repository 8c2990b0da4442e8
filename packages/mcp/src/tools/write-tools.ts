// The tools that write, offered only with allowWrites: boards, pins, saves and edits. Each is one
// request that Pinterest either takes or refuses; none is retried blindly.
import { z } from 'zod';
import { defineTool, ToolInputError } from '../tool-kit.js';
import { id, text, webUrl } from '../tool-inputs.js';
import { answer } from '../tool-result.js';

const WRITES = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true } as const;

// Pinterest's limits on a pin (PinCreate in the v5 description).
const pinText = {
  title: text('The title', 100).optional(),
  description: text('The description', 800).optional(),
  link: webUrl('The link').optional(),
  alt_text: text('The alt text', 500).optional(),
};

export const createBoard = defineTool({
  name: 'create_board',
  needs: ['createBoard'],
  title: 'Create a board',
  description: 'Creates a board in the account.',
  input: {
    name: text('The name', 100).refine((value) => value.trim() !== '', 'The name must not be empty'),
    description: text('The description', 500).optional(),
    privacy: z.enum(['PUBLIC', 'SECRET']).optional().describe('PUBLIC (default) or SECRET'),
  },
  annotations: WRITES,
  run: async ({ name, description, privacy }, { account }) =>
    answer(await (await account()).createBoard({ name, ...(description ? { description } : {}), ...(privacy ? { privacy } : {}) })),
});

export const createPin = defineTool({
  name: 'create_pin',
  needs: ['createPin'],
  title: 'Create a pin',
  description: 'Creates a pin from an image URL on one of the account’s boards (and a section of it).',
  input: { board_id: id('The board id'), section_id: id('The section id').optional(), image_url: webUrl('The image URL'), ...pinText },
  annotations: WRITES,
  run: async (args, { account }) =>
    answer(
      await (
        await account()
      ).createPin({
        board_id: args.board_id,
        ...(args.section_id ? { board_section_id: args.section_id } : {}),
        ...(args.title ? { title: args.title } : {}),
        ...(args.description ? { description: args.description } : {}),
        ...(args.link ? { link: args.link } : {}),
        ...(args.alt_text ? { alt_text: args.alt_text } : {}),
        media_source: { source_type: 'image_url', url: args.image_url },
      }),
    ),
});

export const savePin = defineTool({
  name: 'save_pin',
  needs: ['savePin'],
  title: 'Save a pin',
  description: 'Saves an existing pin to one of the account’s boards (and a section of it).',
  input: { pin_id: id('The pin id'), board_id: id('The board id'), section_id: id('The section id').optional() },
  annotations: WRITES,
  run: async ({ pin_id, board_id, section_id }, { account }) =>
    answer(await (await account()).savePin(pin_id, { boardId: board_id, ...(section_id ? { sectionId: section_id } : {}) })),
});

export const updatePin = defineTool({
  name: 'update_pin',
  needs: ['updatePin'],
  title: 'Update a pin',
  description: 'Changes the title, description, link or alt text of one of the account’s pins.',
  input: { pin_id: id('The pin id'), ...pinText },
  annotations: { ...WRITES, idempotentHint: true },
  run: async ({ pin_id, title, description, link, alt_text }, { account }) => {
    const changes = {
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
      ...(link === undefined ? {} : { link }),
      ...(alt_text === undefined ? {} : { altText: alt_text }),
    };
    if (Object.keys(changes).length === 0) throw new ToolInputError('Give at least one of title, description, link or alt_text to change.');
    return answer(await (await account()).updatePin(pin_id, changes));
  },
});

export { WRITES };
