// Call an operation the client has no method for yet: `request` takes the route as Pinterest's
// documentation writes it, and types params, body and answer from the API description.
// Usage: tsx src/rename-board.ts BOARD_ID NEW_NAME
import { createV5Client } from '@pinkit/api-v5';

const [boardId, name] = process.argv.slice(2);
if (!boardId || !name) {
  console.error('usage: rename-board.ts BOARD_ID NEW_NAME');
  process.exit(2);
}
const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });

const route = 'PATCH /v5/boards/{board_id}';
const board = await pinterest.request(route, { params: { board_id: boardId }, body: { name } });
console.log(`Board ${board.id} is now called ${board.name}`);
// Pinterest rate-limits calls per category; each call knows its own.
console.log(`(${route} counts against the ${pinterest.operation(route).rateLimitCategory} limit)`);
