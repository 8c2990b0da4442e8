import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { FETCH_BROWSER } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';
import { signedOutEnv, startPinkit } from '../test-support/sign-in.js';

let sim: Simulator;
beforeAll(async () => (sim = await startSimulator({ autoApprove: true })));
afterAll(() => sim.stop());

describe('pinkit get-access-token -s', () => {
  it("adds user_accounts:read, which the command needs to show the user, to the README's write scopes", async () => {
    const env = { ...(await signedOutEnv(sim)), BROWSER: FETCH_BROWSER };
    const scopes = 'boards:read,boards:write,pins:read,pins:write';
    const run = await runPinkit(['get-access-token', '-w', '-s', scopes, '--token-store', 'file', '-l', '0'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('note: added user_accounts:read to the scopes: get-access-token needs it to show the signed-in user.\n');
    expect(run.stdout).toMatch(/^User pinkit_demo /m);
    const stored = JSON.parse(readFileSync(join(env.PINTEREST_OAUTH_TOKEN_DIR, 'access_token.json'), 'utf8')) as { scopes: string[] };
    expect([...stored.scopes].sort()).toEqual(['boards:read', 'boards:write', 'pins:read', 'pins:write', 'user_accounts:read']);
  });

  it('adds nothing and says nothing when the scopes already include it', async () => {
    const env = { ...(await signedOutEnv(sim)), BROWSER: FETCH_BROWSER };
    const run = await runPinkit(['get-access-token', '-s', 'user_accounts:read,boards:read', '-l', '0'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('note: added');
  });
});

/** A GET to the redirect listener with a chosen Host header (fetch cannot set Host); resolves with the status. */
function forge(redirectUri: string, query: string, host: string): Promise<number> {
  const { port, pathname } = new URL(redirectUri);
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: `${pathname}?${query}`, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('pinkit get-access-token and forged redirects', () => {
  it('ignores forged requests to the redirect listener during a sign-in, which then completes', async () => {
    const env = await signedOutEnv(sim);
    const run = startPinkit(['get-access-token', '-w', '--token-store', 'file', '--timeout', '20', '-l', '0'], env);
    const authorizeUrl = await run.authorizeUrl;
    const state = new URL(authorizeUrl).searchParams.get('state')!;
    const { host } = new URL(env.PINTEREST_REDIRECT_URI);
    expect(await forge(env.PINTEREST_REDIRECT_URI, 'code=forged&state=guessed', host)).toBe(400);
    expect(await forge(env.PINTEREST_REDIRECT_URI, 'error=access_denied', host)).toBe(400);
    expect(await forge(env.PINTEREST_REDIRECT_URI, `code=forged&state=${state}`, 'rebound.example')).toBe(400);
    await fetch(authorizeUrl); // the simulator approves at once and redirects to the listener
    expect(await run.exit, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(/^User pinkit_demo /m);
  });
});
