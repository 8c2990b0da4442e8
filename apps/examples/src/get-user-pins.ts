// Every pin the user owns, whichever board it is on, newest first: one listing of GET /v5/pins.
import { createV5Client } from '@pinkit/api-v5';

const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });

let count = 0;
for await (const page of pinterest.pins.list({ pageSize: 100 }).pages()) {
  for (const pin of page.items) console.log(`${pin.id}  board ${pin.board_id}  ${pin.title ?? ''}`);
  count += page.items.length;
}
console.log(`${count} pins`);
