// Run code against the local Pinterest simulator instead of Pinterest: no account, no network.
// The same client code works against both; only the host and the token differ.
import { createV5Client } from '@pinkit/api-v5';
import { startSimulator } from '@pinkit/sim';

const sim = await startSimulator({ boards: 3, pinsPerBoard: 4 });
try {
  const pinterest = createV5Client({ apiUri: sim.url, token: sim.users[0]!.accessToken });
  const me = await pinterest.userAccount.get();
  console.log(`Signed in to the simulator as ${me.username}`);
  for await (const board of pinterest.boards.list()) console.log(`  ${board.name}`);
} finally {
  await sim.stop();
}
