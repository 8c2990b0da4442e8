// List the boards of the user who owns ACCESS_TOKEN, page by page.
// Against the simulator: run `pnpm pinkit sim` in one terminal, paste the export lines it prints
// into another, then:  pnpm --filter @pinkit/examples exec tsx src/get-user-boards.ts
import { createV5Client } from '@pinkit/api-v5';

const pinterest = createV5Client({
  // Unset, these point at the real Pinterest (https://api.pinterest.com).
  apiUri: process.env.PINTEREST_API_URI,
  token: process.env.ACCESS_TOKEN ?? '',
});

// Listings are async iterables: pages are fetched only as the loop asks for them.
for await (const board of pinterest.boards.list({ pageSize: 25 })) {
  console.log(`${board.id}  ${board.name}  (${board.privacy}, ${board.pin_count} pins)`);
}
