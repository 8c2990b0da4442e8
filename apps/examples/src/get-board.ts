// Show one board, its sections and its pins.  Usage: tsx src/get-board.ts BOARD_ID
import { createV5Client } from '@pinkit/api-v5';

const boardId = process.argv[2];
if (!boardId) {
  console.error('usage: get-board.ts BOARD_ID');
  process.exit(2);
}
const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });

const board = await pinterest.boards.get(boardId);
console.log(`Board ${board.id}: ${board.name} — ${board.description ?? ''}`);
for await (const section of pinterest.boardSections.list(boardId)) {
  console.log(`  section ${section.id}: ${section.name}`);
}
// v5 lists every pin of the board here, those in sections too (see board_section_id).
for await (const pin of pinterest.boards.listPins(boardId)) {
  console.log(`  pin ${pin.id}: ${pin.title ?? ''}${pin.board_section_id ? ` [section ${pin.board_section_id}]` : ''}`);
}
