import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../../test-support/run-pinkit.js';
import { signedOutEnv } from '../../test-support/sign-in.js';

let sim: Simulator;
beforeAll(async () => (sim = await startSimulator()));
afterAll(() => sim.stop());

/** A token folder holding a client-credentials token under each name given. */
async function signedIn(names: string[]): Promise<Record<string, string>> {
  const env = await signedOutEnv(sim);
  for (const name of names) {
    const run = await runPinkit(['get-access-token', '-c', '-w', '-a', name, '--token-store', 'file', '-l', '0'], env);
    expect(run.code, run.stderr).toBe(0);
  }
  return env;
}

function tokenFile(env: Record<string, string>, name: string): string {
  return join(env.PINTEREST_OAUTH_TOKEN_DIR ?? '', `${name}.json`);
}

describe('pinkit auth status', () => {
  it('lists each stored token with its user and exits 0 when all are valid', async () => {
    const env = await signedIn(['access_token', 'work']);
    const run = await runPinkit(['auth', 'status', '--token-store', 'file'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^access_token {2}\[file\] {2}user pinkit_demo {2}valid$/m);
    expect(run.stdout).toMatch(/^work {2}\[file\] {2}user pinkit_demo {2}valid$/m);
    const json = await runPinkit(['auth', 'status', '--token-store', 'file', '--json'], env);
    expect(jsonLines(json.stdout).map((line) => [line.name, line.user, line.state])).toEqual([
      ['access_token', 'pinkit_demo', 'valid'],
      ['work', 'pinkit_demo', 'valid'],
    ]);
  });

  it('exits 1 and says why when a token is refused or past its expiry', async () => {
    const env = await signedIn(['access_token', 'old']);
    const refused = JSON.parse(readFileSync(tokenFile(env, 'access_token'), 'utf8')) as { access_token: string };
    sim.revokeToken(refused.access_token);
    const old = JSON.parse(readFileSync(tokenFile(env, 'old'), 'utf8')) as Record<string, unknown>;
    writeFileSync(tokenFile(env, 'old'), JSON.stringify({ ...old, expires_at: '2020-01-01T00:00:00.000Z' }), { mode: 0o600 });
    const run = await runPinkit(['auth', 'status', '--token-store', 'file', '--json'], env);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout).map((line) => [line.name, line.state, line.reason])).toEqual([
      ['access_token', 'refused', 'refused by Pinterest (401)'],
      ['old', 'expired', 'expired 2020-01-01T00:00:00.000Z'],
    ]);
  });

  it('exits 0 with a note when nothing is stored', async () => {
    const run = await runPinkit(['auth', 'status', '--token-store', 'file'], await signedOutEnv(sim));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No access tokens found');
  });
});

describe('pinkit auth token', () => {
  it('prints the stored access token alone, for scripts, by name', async () => {
    const env = await signedIn(['access_token', 'work']);
    const stored = JSON.parse(readFileSync(tokenFile(env, 'work'), 'utf8')) as { access_token: string };
    const run = await runPinkit(['auth', 'token', '-a', 'work', '--token-store', 'file'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${stored.access_token}\n`);
    expect(run.stderr).toBe('');
  });

  it('exits 4 with one line naming the sign-in command when no such token is stored', async () => {
    const run = await runPinkit(['auth', 'token', '-a', 'nobody', '--token-store', 'file'], await signedIn([]));
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('pinkit: No access token named "nobody"; run "pinkit get-access-token -w -a nobody" to sign in.\n');
  });
});

describe('a command that needs a token, without one and without a terminal', () => {
  it('exits 4 at once with one line naming get-access-token, opening no browser', async () => {
    // The "browser" would sign in if it were started; it must not be.
    const env = await signedOutEnv(sim, { BROWSER: `${process.execPath} -e "process.exit(3)" %s` });
    const run = await runPinkit(['get-user-boards', '--token-store', 'file'], env);
    expect(run.code).toBe(4);
    expect(run.stderr).toBe(
      'pinkit: No access token named "access_token", and no terminal to sign in from; run "pinkit get-access-token -w -a access_token" first.\n',
    );
    expect(run.stdout).toBe('');
  });
});
