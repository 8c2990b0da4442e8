import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { FETCH_BROWSER } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';
import { signedOutEnv } from '../test-support/sign-in.js';

let sim: Simulator;
beforeAll(async () => (sim = await startSimulator({ autoApprove: true })));
afterAll(() => sim.stop());

/** A signed-in user whose browser is the simulator's auto-approving consent page. */
async function signedIn() {
  const env = { ...(await signedOutEnv(sim)), BROWSER: FETCH_BROWSER };
  const run = await runPinkit(['get-access-token', '-w', '--token-store', 'file', '-l', '0'], env);
  expect(run.code, run.stderr).toBe(0);
  const stored = () => JSON.parse(readFileSync(join(env.PINTEREST_OAUTH_TOKEN_DIR, 'access_token.json'), 'utf8')) as Record<string, string>;
  return { env, stored };
}

describe('a stored token Pinterest refuses', () => {
  it('get-access-token -w signs in again instead of reusing and storing a revoked token', async () => {
    const { env, stored } = await signedIn();
    const dead = stored();
    sim.revokeToken(dead.access_token!);
    sim.revokeToken(dead.refresh_token!);
    const run = await runPinkit(['get-access-token', '-w', '--token-store', 'file', '-l', '1'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('Using the existing token');
    expect(run.stderr).toContain('Pinterest refused the stored token "access_token" (expired or revoked); signing in again.');
    expect(stored().access_token).not.toBe(dead.access_token);
    expect(run.stdout).toMatch(/^User pinkit_demo /m);
  });

  it('get-access-token -w renews a revoked access token with the refresh token, without a browser', async () => {
    const { env, stored } = await signedIn();
    const dead = stored();
    sim.revokeToken(dead.access_token!);
    const run = await runPinkit(['get-access-token', '-w', '--token-store', 'file', '-l', '0'], { ...env, BROWSER: 'none' });
    expect(run.code, run.stderr).toBe(0);
    expect(stored().access_token).not.toBe(dead.access_token);
    // Pinterest renews the refresh token on every refresh; the stored one must be the new one.
    expect(stored().refresh_token).toMatch(/^pinr_/);
    expect(stored().refresh_token).not.toBe(dead.refresh_token);
    expect((await runPinkit(['refresh-access-token', '--token-store', 'file', '-l', '0'], env)).code).toBe(0);
  });

  it('other commands, without a terminal, say in one line to sign in again', async () => {
    const { env, stored } = await signedIn();
    const dead = stored();
    sim.revokeToken(dead.access_token!);
    sim.revokeToken(dead.refresh_token!);
    const run = await runPinkit(['get-user-boards', '--token-store', 'file', '-l', '0'], { ...env, BROWSER: 'none' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'pinkit: Pinterest refused the stored token "access_token" (expired or revoked) and its refresh token; ' +
        'run "pinkit get-access-token -w -a access_token" to sign in again.\n',
    );
  });
});
