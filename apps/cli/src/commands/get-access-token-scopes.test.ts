import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';
import { signedOutEnv } from '../test-support/sign-in.js';

const FETCH_BROWSER = new URL('../test-support/fetch-browser.mjs', import.meta.url).pathname;

let sim: Simulator;
beforeAll(async () => (sim = await startSimulator({ autoApprove: true })));
afterAll(() => sim.stop());

describe('pinkit get-access-token -s', () => {
  it("adds user_accounts:read, which the command needs to show the user, to the README's write scopes", async () => {
    const env = { ...(await signedOutEnv(sim)), BROWSER: `${process.execPath} ${FETCH_BROWSER} %s` };
    const scopes = 'boards:read,boards:write,pins:read,pins:write';
    const run = await runPinkit(['get-access-token', '-w', '-s', scopes, '--token-store', 'file', '-l', '0'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('note: added user_accounts:read to the scopes: get-access-token needs it to show the signed-in user.\n');
    expect(run.stdout).toMatch(/^User pinkit_demo /m);
    const stored = JSON.parse(readFileSync(join(env.PINTEREST_OAUTH_TOKEN_DIR, 'access_token.json'), 'utf8')) as { scopes: string[] };
    expect([...stored.scopes].sort()).toEqual(['boards:read', 'boards:write', 'pins:read', 'pins:write', 'user_accounts:read']);
  });

  it('adds nothing and says nothing when the scopes already include it', async () => {
    const env = { ...(await signedOutEnv(sim)), BROWSER: `${process.execPath} ${FETCH_BROWSER} %s` };
    const run = await runPinkit(['get-access-token', '-s', 'user_accounts:read,boards:read', '-l', '0'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('note: added');
  });
});
