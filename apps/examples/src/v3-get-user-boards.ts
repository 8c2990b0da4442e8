// The legacy API v3: the user who owns the token, then their boards with the two filters v5
// dropped (boards without pins, archived boards). Tokens from v3's sign-in carry v3 scopes, so
// `pinkit sim` prints one of its own: V3_ACCESS_TOKEN.
import { createV3Client } from '@pinkit/api-v3';

const pinterest = createV3Client({
  apiUri: process.env.PINTEREST_API_URI,
  token: process.env.V3_ACCESS_TOKEN || process.env.ACCESS_TOKEN || '',
});

const me = await pinterest.users.get();
console.log(`User ${me.username} (id ${me.id}), ${me.pin_count ?? 0} pins`);
// v3 filters on the server; v5 has neither filter.
for await (const board of pinterest.users.listBoards('me', { includeEmpty: false, includeArchived: false })) {
  console.log(`${board.id}  ${board.name}  (${board.privacy}, ${board.pin_count} pins)`);
}
