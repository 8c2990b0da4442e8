import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { FETCH_BROWSER } from '@pinkit/test-support';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startHostileServer, type HostileServer } from '../test-support/hostile-server.js';
import { runPinkit } from '../test-support/run-pinkit.js';
import { signedOutEnv } from '../test-support/sign-in.js';

// v3 wraps every answer in {status, code, message, data}; a 200 may still say "failure", in any case.

let sim: Simulator;
beforeAll(async () => (sim = await startSimulator({ autoApprove: true })));
afterAll(() => sim.stop());

let server: HostileServer | undefined;
afterEach(async () => void (await server?.close()));

/** A v3 sign-in whose consent page is the simulator's and whose token endpoint answers `body` with 200. */
async function signInAgainst(body: unknown) {
  server = await startHostileServer((_req, res) => sendJson(res, 200, body));
  const env = { ...(await signedOutEnv(sim)), BROWSER: FETCH_BROWSER, PINTEREST_API_VERSION: '3', PINTEREST_API_URI: server.url };
  const run = await runPinkit(['get-access-token', '-w', '--token-store', 'file', '-l', '0'], env);
  return { run, storedToken: existsSync(join(env.PINTEREST_OAUTH_TOKEN_DIR, 'access_token.json')) };
}

describe('v3 answers that say failure with HTTP 200', () => {
  it.each(['failure', 'FAILURE', 'Failure'])(
    'a token exchange answering status "%s" with a token is refused with Pinterest\'s message, nothing stored',
    async (status) => {
      const { run, storedToken } = await signInAgainst({
        status,
        code: 2,
        message: 'Invalid authorization code.',
        access_token: 'pina_BOGUSBOGUSBOGUS',
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^pinkit: .*Invalid authorization code\./m);
      expect(run.stderr).not.toContain('BOGUS');
      expect(storedToken).toBe(false);
    },
  );

  it("a failure without a token keeps Pinterest's message", async () => {
    const { run, storedToken } = await signInAgainst({ status: 'failure', code: 3, message: 'Your app is not approved for v3.' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pinkit: .*Your app is not approved for v3\./m);
    expect(storedToken).toBe(false);
  });

  it('a read answering status "FAILURE" is an error, not an empty success', async () => {
    server = await startHostileServer((_req, res) =>
      sendJson(res, 200, { status: 'FAILURE', code: 50, message: 'Board not found.', data: {} }),
    );
    const run = await runPinkit(['get-board', '-b', '123', '-v', '3', '-l', '0'], {
      PINTEREST_API_URI: server.url,
      ACCESS_TOKEN: 'pina_TESTTESTTEST',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pinkit: .*Board not found\./m);
  });
});
