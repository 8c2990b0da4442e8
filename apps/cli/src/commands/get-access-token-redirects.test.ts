import { createServer, type Server } from 'node:net';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { freePort } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';
import { signedOutEnv, startPinkit } from '../test-support/sign-in.js';

let sim: Simulator;
const occupied: Server[] = [];
beforeAll(async () => (sim = await startSimulator({ autoApprove: true })));
afterAll(async () => {
  await Promise.all(occupied.map((server) => new Promise((resolve) => server.close(resolve))));
  await sim.stop();
});

/** A port another program holds for the rest of the file. */
async function takenPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  occupied.push(server);
  return (server.address() as { port: number }).port;
}

describe('pinkit get-access-token with several redirect URIs', () => {
  it('listens on the next URI when the first port is busy, and the authorize URL names that one', async () => {
    const busy = await takenPort();
    const free = await freePort();
    const env = await signedOutEnv(sim, { PINTEREST_REDIRECT_URI: `http://localhost:${busy}/,http://localhost:${free}/` });
    const run = startPinkit(['get-access-token', '-w', '--token-store', 'file', '--timeout', '20', '-l', '0'], env);
    const authorizeUrl = await run.authorizeUrl;
    expect(new URL(authorizeUrl).searchParams.get('redirect_uri')).toBe(`http://localhost:${free}/`);
    await fetch(authorizeUrl); // the simulator approves at once and redirects to the listener
    expect(await run.exit, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(/^User pinkit_demo /m);
  });

  it('says in one line which URIs it tried when every port is busy, exit 1', async () => {
    const uris = [`http://localhost:${await takenPort()}/`, `http://localhost:${await takenPort()}/`];
    const env = await signedOutEnv(sim, { PINTEREST_REDIRECT_URI: uris.join(',') });
    const run = await runPinkit(['get-access-token', '-w', '--token-store', 'file', '-l', '0'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `pinkit: Every redirect port is in use (${uris.join(', ')}), so the OAuth redirect cannot be received. ` +
        'Stop a program that uses one of them, or add another redirect URI to PINTEREST_REDIRECT_URI ' +
        "and to your app's settings on developers.pinterest.com.\n",
    );
  });
});
