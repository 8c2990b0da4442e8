import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createV5Client } from '@pinkit/api-v5';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { FETCH_BROWSER, freePort, tempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const example = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

let sim: Simulator;
let boardId: string;
let otherBoardId: string;
let pinId: string;
beforeAll(async () => {
  sim = await startSimulator({ boards: 3, pinsPerBoard: 4, autoApprove: true });
  const pinterest = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  const boards = [];
  for await (const board of pinterest.boards.list()) boards.push(board);
  boardId = boards.find((board) => (board.pin_count ?? 0) > 0)!.id as string;
  otherBoardId = boards.find((board) => board.id !== boardId)!.id as string;
  for await (const pin of pinterest.boards.listPins(boardId)) {
    pinId = pin.id as string;
    break;
  }
});
afterAll(() => sim.stop());

async function runExample(name: string, args: string[] = [], extra: Record<string, string> = {}) {
  // tsx makes a folder for its IPC sockets in TMPDIR and leaves it; give it one that goes away.
  const env = { ...process.env, ...sim.env(), TMPDIR: tempDir('pinkit-tsx-'), ...extra };
  return run(tsx, [example(name), ...args], { env });
}

/** A user with the app's credentials and a token folder of their own, no keychain, and a browser that approves at once. */
async function signInEnv(): Promise<Record<string, string>> {
  return {
    PINTEREST_OAUTH_TOKEN_DIR: tempDir('pinkit-tokens-'),
    PINTEREST_REDIRECT_URI: `http://localhost:${await freePort()}/`,
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/pinkit-no-bus',
    BROWSER: FETCH_BROWSER,
    // A token in the environment comes first in the lookup; this user has only the stored one.
    ACCESS_TOKEN: '',
  };
}

function storedToken(env: Record<string, string>): { access_token: string; refresh_token: string; scopes: string[] } {
  return JSON.parse(readFileSync(join(env.PINTEREST_OAUTH_TOKEN_DIR ?? '', 'access_token.json'), 'utf8'));
}

describe('examples, run with tsx against the simulator', () => {
  it('get-user-boards lists the boards', async () => {
    const { stdout } = await runExample('get-user-boards.ts');
    expect(stdout.trim().split('\n')).toHaveLength(3);
  });

  it('get-board shows the board and its pins', async () => {
    const { stdout } = await runExample('get-board.ts', [boardId]);
    expect(stdout).toContain(`Board ${boardId}:`);
    expect(stdout).toContain(`pin ${pinId}:`);
  });

  it('get-pin prints the pin, and an API error with its request id', async () => {
    expect(JSON.parse((await runExample('get-pin.ts', [pinId])).stdout)).toMatchObject({ id: pinId });
    const failure = await runExample('get-pin.ts', ['999999999']).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/^HTTP 404: .*request id [0-9a-f]+/);
  });

  it('get-user-pins lists every pin in one listing', async () => {
    const { stdout } = await runExample('get-user-pins.ts');
    // 3 boards, the last one empty, of 4 pins each.
    expect(stdout).toMatch(/^8 pins$/m);
  });

  it('get-ads prints the ads tree indented', async () => {
    const { stdout } = await runExample('get-ads.ts');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 2 + 4 + 8);
    expect(lines[0]).toMatch(/^Ad account \d+: pinkit_demo ads$/);
    expect(lines[1]).toMatch(/^ {2}Campaign \d+: Spring collection \[ACTIVE\]$/);
    expect(lines.filter((line) => line.startsWith('      Ad '))).toHaveLength(8);
  });

  it('v3-get-user-boards reads the user and filters the boards on v3', async () => {
    const { stdout } = await runExample('v3-get-user-boards.ts');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^User pinkit_demo \(id \d+\), 8 pins$/);
    // Three boards, one without pins: include_empty=false leaves it out.
    expect(lines.slice(1)).toHaveLength(2);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\d+ {2}.+ {2}\((public|secret), 4 pins\)$/);
  });

  it('v3-get-ads prints the same ads tree as get-ads, through /ads/v3', async () => {
    const [v5, v3] = await Promise.all([runExample('get-ads.ts'), runExample('v3-get-ads.ts')]);
    expect(v3.stdout).toBe(v5.stdout);
  });

  it('get-businesses lists the linked business', async () => {
    const { stdout } = await runExample('get-businesses.ts');
    expect(stdout).toBe('pinkit_demo_shop  https://i.pinimg.com/140x140_RS/pinkit_demo_shop.jpg\n1 linked\n');
  });

  it('get-terms prints related and suggested terms', async () => {
    const { stdout } = await runExample('get-terms.ts', ['sport', '2']);
    expect(stdout).toBe(
      'related to sport: easy sport, cute sport, simple sport, modern sport, sport ideas\nsuggested: sports bar, sportswear\n',
    );
  });

  it('rename-board calls an operation by its route and names its rate-limit category', async () => {
    const { stdout } = await runExample('rename-board.ts', [otherBoardId, 'Renamed by route']);
    expect(stdout).toBe(
      `Board ${otherBoardId} is now called Renamed by route\n(PATCH /v5/boards/{board_id} counts against the org_write limit)\n`,
    );
    const pinterest = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
    expect((await pinterest.boards.get(otherBoardId)).name).toBe('Renamed by route');
  });

  it('simulator starts its own Pinterest and stops it', async () => {
    const { stdout } = await runExample('simulator.ts');
    expect(stdout).toMatch(/^Signed in to the simulator as \S+/);
  });

  it('get-access-token signs in through the browser flow and keeps the token in a 0600 file without a keychain', async () => {
    const env = await signInEnv();
    const { stdout } = await runExample('get-access-token.ts', ['boards:read,READ_USERS'], env);
    expect(stdout).toContain('Signed in with scopes boards:read, user_accounts:read; the token is kept in the file store.');
    const token = storedToken(env);
    expect(statSync(join(env.PINTEREST_OAUTH_TOKEN_DIR ?? '', 'access_token.json')).mode & 0o777).toBe(0o600);
    expect(token.scopes).toEqual(['boards:read', 'user_accounts:read']);
    const me = await createV5Client({ apiUri: sim.url, token: token.access_token }).userAccount.get();
    expect(me.username).toBe('pinkit_demo');
  });

  it('get-access-token refuses an unknown scope with the named error and exit 1', async () => {
    const failure = await runExample('get-access-token.ts', ['boards:reed'], await signInEnv()).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/^UnknownScopeError: Unknown OAuth scope "boards:reed"/);
  });

  it('refresh-access-token and refresh-example trade the refresh token for working access tokens', async () => {
    const env = await signInEnv();
    await runExample('get-access-token.ts', [], env);
    const first = storedToken(env);
    expect((await runExample('refresh-access-token.ts', [], env)).stdout).toMatch(
      /^Refreshed "access_token"; the access token now expires at \d{4}-/,
    );
    const second = storedToken(env);
    expect(second.access_token).not.toBe(first.access_token);
    const { stdout } = await runExample('refresh-example.ts', [], env);
    const [stored, refreshed, account] = stdout.trim().split('\n');
    expect(stored).toMatch(/^stored: {4}access [0-9a-f]{12} {2}refresh [0-9a-f]{12}$/);
    expect(refreshed?.slice(16, 28)).not.toBe(stored?.slice(16, 28));
    expect(account).toBe('The new access token reads the account of pinkit_demo.');
    expect(stdout).not.toContain(second.access_token);
    // The renewed pair is kept: the refresh token sent is spent, the stored one still works.
    const third = storedToken(env);
    expect(third.refresh_token).not.toBe(second.refresh_token);
    expect((await runExample('refresh-access-token.ts', [], env)).stdout).toMatch(/^Refreshed "access_token"/);
  });

  it('refresh-access-token says what to run when nothing is stored', async () => {
    const failure = await runExample('refresh-access-token.ts', [], await signInEnv()).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1, stderr: 'No refresh token stored as "access_token": run get-access-token.ts first.\n' });
  });

  it('save-pin saves a pin to another board', async () => {
    const { stdout } = await runExample('save-pin.ts', [pinId, otherBoardId]);
    expect(stdout).toMatch(new RegExp(`^Saved pin ${pinId} as pin \\d+ on board ${otherBoardId}\n$`));
  });

  it('delete-board deletes a board it names, and reports an unknown one', async () => {
    const pinterest = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
    const board = await pinterest.boards.create({ name: 'Doomed by example' });
    expect((await runExample('delete-board.ts', [board.id as string])).stdout).toBe(
      `Deleted board ${board.id} (Doomed by example) and its 0 pins\n`,
    );
    const failure = await runExample('delete-board.ts', [board.id as string]).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/^HTTP 404: /);
  });
});
