// The one destructive tool, offered only with allowDestructive.
import { defineTool } from '../tool-kit.js';
import { id } from '../tool-inputs.js';
import { answer } from '../tool-result.js';

export const deleteBoard = defineTool({
  name: 'delete_board',
  needs: ['deleteBoard'],
  title: 'Delete a board',
  description: 'Deletes one of the account’s boards with all its sections and pins. This cannot be undone.',
  input: { board_id: id('The board to delete') },
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  run: async ({ board_id }, { account }) => {
    await (await account()).deleteBoard(board_id);
    return answer({ deleted: board_id });
  },
});
