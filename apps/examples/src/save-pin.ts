// Save a pin to one of your boards (optionally into a section), as the quickstart's save_pin
// does.  Usage: tsx src/save-pin.ts PIN_ID BOARD_ID [SECTION_ID]
import { ApiError, createV5Client } from '@pinkit/api-v5';

const [pinId, boardId, sectionId] = process.argv.slice(2);
if (!pinId || !boardId) {
  console.error('usage: save-pin.ts PIN_ID BOARD_ID [SECTION_ID]');
  process.exit(2);
}
const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });
try {
  const saved = await pinterest.pins.save(pinId, { board_id: boardId, ...(sectionId ? { board_section_id: sectionId } : {}) });
  console.log(`Saved pin ${pinId} as pin ${saved.id} on board ${saved.board_id}`);
} catch (error) {
  if (error instanceof ApiError) {
    console.error(`HTTP ${error.status}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
