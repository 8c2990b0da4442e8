// Delete a board with its sections and pins, as the quickstart's delete_board does, after
// showing what will go.  Usage: tsx src/delete-board.ts BOARD_ID
import { ApiError, createV5Client } from '@pinkit/api-v5';

const boardId = process.argv[2];
if (!boardId) {
  console.error('usage: delete-board.ts BOARD_ID');
  process.exit(2);
}
const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });
try {
  const board = await pinterest.boards.get(boardId);
  await pinterest.boards.delete(boardId);
  console.log(`Deleted board ${boardId} (${board.name}) and its ${board.pin_count ?? 0} pins`);
} catch (error) {
  if (error instanceof ApiError) {
    console.error(`HTTP ${error.status}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
