import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { FETCH_BROWSER } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { signedOutEnv } from '../test-support/sign-in.js';

// Sign-in and tokens on API v3 against the simulator, whose consent page approves at once: the
// browser flow with v3 scopes, the v3 token endpoint, refreshing there, and the user read at
// /v3/users/me/.

let sim: Simulator;
beforeAll(async () => (sim = await startSimulator({ autoApprove: true })));
afterAll(() => sim.stop());

/** A signed-out user on v3 (chosen as the quickstart chose it), whose "browser" approves at once. */
async function v3Env(extra: Record<string, string> = {}) {
  return { ...(await signedOutEnv(sim)), BROWSER: FETCH_BROWSER, PINTEREST_API_VERSION: '3', ...extra };
}

interface StoredToken {
  access_token: string;
  refresh_token: string | null;
  scopes: string[];
  expires_at?: string;
}

const stored = (env: Record<string, string>, name = 'access_token') =>
  JSON.parse(readFileSync(join(env.PINTEREST_OAUTH_TOKEN_DIR!, `${name}.json`), 'utf8')) as StoredToken;

const requestLines = (stderr: string) => stderr.split('\n').filter((line) => /^(GET|PUT|POST) /.test(line));

/** Signs in on v3 with -w and the given arguments; returns the environment holding the stored token. */
async function signedInV3(args: string[] = [], extra: Record<string, string> = {}) {
  const env = await v3Env(extra);
  const run = await runPinkit(['get-access-token', '-w', '--token-store', 'file', '-l', '0', ...args], env);
  expect(run.code, run.stderr).toBe(0);
  return env;
}

describe('pinkit get-access-token -v 3', () => {
  it("signs in through the browser, exchanges the code at v3's endpoint, stores the token and shows the user", async () => {
    const env = await v3Env();
    const run = await runPinkit(['get-access-token', '-w', '--token-store', 'file'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(requestLines(run.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^PUT ${sim.url}/v3/oauth/access_token/ -> 200`)),
      expect.stringMatching(new RegExp(`^GET ${sim.url}/v3/users/me/ -> 200`)),
    ]);
    const token = stored(env);
    expect(token.access_token).toMatch(/^pina_/);
    expect(token.refresh_token).toMatch(/^pinr_/);
    // No -s: the quickstart's v3 default, every scope the app is approved for.
    expect(token.scopes).toEqual(expect.arrayContaining(['read_users', 'read_boards', 'read_secret_pins', 'read_organic']));
    expect(token.scopes).not.toContain('boards:read');
    expect(run.stdout).toMatch(/^hashed access token: [0-9a-f]{64}$/m);
    expect(run.stdout).toMatch(/^hashed refresh token: [0-9a-f]{64}$/m);
    expect(run.stdout).toMatch(/^User pinkit_demo \(id \d+\), - account$/m);
    expect(run.stdout + run.stderr).not.toContain(token.access_token);
    expect(run.stderr).toContain('Stored token "access_token" in ');
  });

  it('asks for the scopes given, a composite as it is, and adds read_users only when nothing grants it', async () => {
    const organic = await v3Env();
    const run = await runPinkit(['get-access-token', '-w', '-s', 'read_organic', '-ct', '--token-store', 'file', '-l', '0'], organic);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('note: added');
    expect(stored(organic).scopes).toEqual(['read_organic']);
    expect(run.stdout).toContain(`access token: ${stored(organic).access_token}\n`);

    const boards = await v3Env();
    const narrow = await runPinkit(['get-access-token', '-w', '-s', 'READ_BOARDS', '--token-store', 'file', '-l', '0'], boards);
    expect(narrow.code, narrow.stderr).toBe(0);
    expect(narrow.stderr).toContain('note: added read_users to the scopes: get-access-token needs it to show the signed-in user.\n');
    expect(stored(boards).scopes).toEqual(['read_users', 'read_boards']);
  });

  it('reuses a stored v3 token that covers the scopes, and signs in again over a stored v5 token', async () => {
    const env = await signedInV3(['-s', 'read_organic']);
    const first = stored(env).access_token;
    const again = await runPinkit(['get-access-token', '-s', 'read_boards,read_pins', '--token-store', 'file', '-l', '1'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('Using the existing token "access_token" from the file.');

    const v5 = { ...env, PINTEREST_API_VERSION: '5' };
    const v5Run = await runPinkit(['get-access-token', '-w', '--token-store', 'file', '-l', '0'], v5);
    expect(v5Run.code, v5Run.stderr).toBe(0);
    expect(stored(env).scopes).toContain('boards:read');
    const back = await runPinkit(['get-access-token', '-w', '--token-store', 'file', '-l', '1'], env);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).not.toContain('Using the existing token');
    expect(stored(env).scopes).toContain('read_users');
    expect(stored(env).access_token).not.toBe(first);
  });

  it('lists the v3 scopes with -s help, and names them when a scope is unknown', async () => {
    const help = await runPinkit(['get-access-token', '-v', '3', '-s', 'help'], await signedOutEnv(sim));
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Valid OAuth 2\.0 scopes for Pinterest API version v3:$/m);
    expect(help.stdout).toMatch(/^ {2}read_secret_boards +See secret boards$/m);
    expect(help.stdout).toMatch(/^ {2}read_organic +See all of a user's public data\.$/m);

    const unknown = await runPinkit(['get-access-token', '-s', 'read_boards,boards:read'], await v3Env());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(unknown.stderr).toMatch(/boards:read/);
    expect(unknown.stderr).toMatch(/read_secret_boards/);
  });

  it("refuses Pinterest's API sandbox, which never served v3, before any sign-in", async () => {
    const run = await runPinkit(['get-access-token', '-w', '--sandbox', '--token-store', 'file'], await v3Env());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("pinkit: Pinterest's API sandbox serves v5 only; leave out --sandbox (or PINTEREST_SANDBOX) with -v 3.\n");
  });

  it('refuses the client-credentials grant, which v3 never had, in one line', async () => {
    const run = await runPinkit(['get-access-token', '-c', '-w', '--token-store', 'file'], await v3Env());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pinkit: get-access-token: API v3 had no client-credentials grant; -c needs -v 5 (the default).\n');
  });
});

describe('refreshing a v3 token', () => {
  it("refresh-access-token -v 3 refreshes at v3's endpoint and keeps the refresh token, which v3 does not renew", async () => {
    const env = await signedInV3();
    const before = stored(env);
    const run = await runPinkit(['refresh-access-token', '-v', '3', '--token-store', 'file', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(requestLines(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^PUT ${sim.url}/v3/oauth/access_token/ -> 200`))]);
    const after = stored(env);
    expect(after.access_token).toMatch(/^pina_/);
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.refresh_token).toBe(before.refresh_token);
    expect(after.scopes).toEqual(before.scopes);
    expect(jsonLines(run.stdout)[0]).toMatchObject({ name: 'access_token', scopes: before.scopes });
    expect(run.stderr).toContain('Refreshed and stored token "access_token" (token file).');
    // The new access token reads v3.
    const boards = await runPinkit(['get-user-boards', '--token-store', 'file', '-l', '0'], env);
    expect(boards.code, boards.stderr).toBe(0);
  });

  it('refuses --continuous on v3, whose refresh tokens were never renewed', async () => {
    const env = await signedInV3();
    const run = await runPinkit(['refresh-access-token', '--continuous', '--token-store', 'file'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'pinkit: refresh-access-token: --continuous is v5 only (v3 never renewed refresh tokens); leave it out with -v 3.\n',
    );
  });

  it('refresh-example -v 3 shows the hashes before and after, the user, and writes nothing', async () => {
    const env = await signedInV3();
    const before = stored(env);
    const run = await runPinkit(['refresh-example', '--token-store', 'file'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(requestLines(run.stderr).map((line) => line.split(' -> ')[0])).toEqual([
      `PUT ${sim.url}/v3/oauth/access_token/`,
      `GET ${sim.url}/v3/users/me/`,
    ]);
    const hashes = run.stdout.match(/^hashed (access|refresh) token: [0-9a-f]{64}$/gm) ?? [];
    expect(hashes).toHaveLength(4);
    expect(hashes[1]).toBe(hashes[3]); // the same refresh token before and after
    expect(hashes[0]).not.toBe(hashes[2]);
    expect(run.stdout).toContain('Refreshed. New values:');
    expect(run.stdout).toMatch(/^User pinkit_demo /m);
    expect(run.stderr).not.toContain('Stored');
    expect(stored(env)).toEqual(before);
  });

  it("a refused access token is renewed once at v3's endpoint during a read, and the new one is stored", async () => {
    const env = await signedInV3();
    const before = stored(env);
    // v3's token answers carry no expiry, so nothing is refreshed ahead: the 401 is what tells.
    expect(before.expires_at).toBeUndefined();
    sim.revokeToken(before.access_token);
    const run = await runPinkit(['get-user-boards', '--token-store', 'file'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(requestLines(run.stderr).map((line) => line.split(' (')[0])).toEqual([
      expect.stringMatching(new RegExp(`^GET ${sim.url}/v3/users/me/boards/feed/.* -> 401`)),
      `PUT ${sim.url}/v3/oauth/access_token/ -> 200`,
      expect.stringMatching(new RegExp(`^GET ${sim.url}/v3/users/me/boards/feed/.* -> 200`)),
    ]);
    expect(stored(env).access_token).not.toBe(before.access_token);
    expect(stored(env).refresh_token).toBe(before.refresh_token);
  });

  it("a v3 token file that does carry an expiry is refreshed ahead of it, at v3's endpoint", async () => {
    const env = await signedInV3();
    const before = stored(env);
    const soon = new Date(Date.now() + 60_000).toISOString();
    const file = join(env.PINTEREST_OAUTH_TOKEN_DIR!, 'access_token.json');
    writeFileSync(file, JSON.stringify({ ...before, expires_at: soon }), { mode: 0o600 });
    const run = await runPinkit(['get-user-boards', '--token-store', 'file'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(requestLines(run.stderr).map((line) => line.split(' -> ')[0]?.split('?')[0])).toEqual([
      `PUT ${sim.url}/v3/oauth/access_token/`,
      `GET ${sim.url}/v3/users/me/boards/feed/`,
    ]);
    expect(run.stderr).not.toMatch(/\b401\b/);
    expect(stored(env).access_token).not.toBe(before.access_token);
    expect(stored(env).refresh_token).toBe(before.refresh_token);
    // The new token's answer said no expiry: the old one's is not carried over, or every run would refresh.
    expect(stored(env).expires_at).toBeUndefined();
    const next = await runPinkit(['get-user-boards', '--token-store', 'file'], env);
    expect(next.stderr).not.toContain('/v3/oauth/access_token/');
  });
});

describe('auth status and auth token on -v 3', () => {
  it('check each token through v3, print it, and log out', async () => {
    const env = await signedInV3();
    const status = await runPinkit(['auth', 'status', '--token-store', 'file', '--json', '-l', '2'], env);
    expect(status.code, status.stderr).toBe(0);
    expect(jsonLines(status.stdout).map((line) => [line.name, line.user, line.state])).toEqual([['access_token', 'pinkit_demo', 'valid']]);
    expect(requestLines(status.stderr)).toEqual([expect.stringMatching(new RegExp(`^GET ${sim.url}/v3/users/me/ -> 200`))]);

    const token = await runPinkit(['auth', 'token', '--token-store', 'file'], env);
    expect(token.code).toBe(0);
    expect(token.stdout).toBe(`${stored(env).access_token}\n`);

    sim.revokeToken(stored(env).access_token);
    const refused = await runPinkit(['auth', 'status', '--token-store', 'file', '--json', '-l', '0'], env);
    expect(refused.code).toBe(1);
    expect(jsonLines(refused.stdout)[0]).toMatchObject({ state: 'refused', reason: 'refused by Pinterest (401)' });

    const logout = await runPinkit(['auth', 'logout', 'access_token', '--token-store', 'file', '-l', '0'], env);
    expect(logout.code, logout.stderr).toBe(0);
    expect(logout.stderr).toContain('Deleted token "access_token".');
    expect(() => stored(env)).toThrow();
  });
});

describe('without a v3 token', () => {
  it('points to the v3 sign-in, -v 3 included, in one line', async () => {
    const env = await signedOutEnv(sim);
    const read = await runPinkit(['get-user-boards', '-v', '3', '--token-store', 'file'], env);
    expect(read.code).toBe(4);
    expect(read.stderr).toBe(
      'pinkit: No access token named "access_token", and no terminal to sign in from; ' +
        'run "pinkit get-access-token -w -a access_token -v 3" first.\n',
    );
    const refresh = await runPinkit(['refresh-access-token', '-v', '3', '-a', 'old', '--token-store', 'file'], env);
    expect(refresh.code).toBe(2);
    expect(refresh.stderr).toBe('pinkit: No stored token named "old"; run "pinkit get-access-token -w -a old -v 3" first.\n');
  });
});

describe('version-specific app credentials', () => {
  const wrong = { PINTEREST_APP_ID: '1234567', PINTEREST_APP_SECRET: 'not-the-secret' };

  it("signs in on v3 with PINTEREST_V3_APP_ID/_SECRET over the generic pair, which the simulator's app would refuse", async () => {
    const env = await v3Env({ ...wrong, PINTEREST_V3_APP_ID: sim.app.id, PINTEREST_V3_APP_SECRET: sim.app.secret });
    const run = await runPinkit(['get-access-token', '-w', '--token-store', 'file', '-l', '1'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Using application ID and secret from PINTEREST_V3_APP_ID and PINTEREST_V3_APP_SECRET.');
    const refreshed = await runPinkit(['refresh-access-token', '--token-store', 'file', '-l', '0'], env);
    expect(refreshed.code, refreshed.stderr).toBe(0);
  });

  it('sends the V3 pair, not the generic one, to the token endpoint (a wrong V3 pair fails there), and leaves v5 alone', async () => {
    const env = await signedInV3();
    const badV3 = { ...env, PINTEREST_V3_APP_ID: sim.app.id, PINTEREST_V3_APP_SECRET: 'not-the-secret' };
    const run = await runPinkit(['refresh-access-token', '--token-store', 'file', '-l', '0'], badV3);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pinkit: .*401/m);

    const v5 = await runPinkit(['get-access-token', '-c', '-a', 'app_token', '-l', '1'], { ...badV3, PINTEREST_API_VERSION: '5' });
    expect(v5.code, v5.stderr).toBe(0);
    expect(v5.stderr).toContain('Using application ID and secret from PINTEREST_APP_ID and PINTEREST_APP_SECRET.');
  });
});
