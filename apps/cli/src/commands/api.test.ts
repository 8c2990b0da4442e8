import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { tempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { signedOutEnv } from '../test-support/sign-in.js';

let sim: Simulator;
// The user's own pins (`pins/list`) are 5 here: with page_size 2, three pages (2, 2, 1).
beforeAll(async () => (sim = await startSimulator({ boards: 2, pinsPerBoard: 5 })));
afterAll(() => sim.stop());

const api = (args: string[], input?: string) => runPinkit(['api', ...args, '-l', '0'], sim.env(), input);
const firstBoard = async () => jsonLines((await api(['boards/list', '--paginate'])).stdout)[0] as { id: string; name: string };

describe('pinkit api', () => {
  it('calls an operation by its id, path parameters from -f', async () => {
    const board = await firstBoard();
    const run = await api(['boards/get', '-f', `board_id=${board.id}`]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: board.id, name: board.name });
  });

  it('calls an operation by method and raw path, ids in the path, query from -q', async () => {
    const board = await firstBoard();
    const run = await api(['GET', `/v5/boards/${board.id}/pins`, '-q', 'page_size=2']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const page = JSON.parse(run.stdout) as { items: unknown[]; bookmark: string | null };
    expect(page.items).toHaveLength(2);
    expect(typeof page.bookmark).toBe('string');
  });

  it('sends -f strings and -F typed values as the JSON body, and --input from a file and from stdin', async () => {
    const dir = tempDir();
    const description = join(dir, 'description.txt');
    writeFileSync(description, 'From a file');
    const made = await api(['boards/create', '-f', 'name=Made by api', '-F', `description=@${description}`, '-f', 'privacy=SECRET']);
    expect([made.code, made.stderr]).toEqual([0, '']);
    expect(JSON.parse(made.stdout)).toMatchObject({ name: 'Made by api', description: 'From a file', privacy: 'SECRET' });
    const typed = await api(['GET', '/v5/pins', '-F', 'page_size=3']);
    expect((JSON.parse(typed.stdout) as { items: unknown[] }).items).toHaveLength(3);
    const body = join(dir, 'board.json');
    writeFileSync(body, JSON.stringify({ name: 'From input' }));
    const fromFile = await api(['POST', '/v5/boards', '--input', body]);
    expect([fromFile.code, JSON.parse(fromFile.stdout).name]).toEqual([0, 'From input']);
    const fromStdin = await api(['boards/create', '--input', '-'], JSON.stringify({ name: 'From stdin' }));
    expect([fromStdin.code, JSON.parse(fromStdin.stdout).name]).toEqual([0, 'From stdin']);
    const both = await api(['boards/create', '-f', 'name=x', '--input', body]);
    expect([both.code, both.stderr]).toEqual([2, 'pinkit: Give the body either as -f/-F fields or as --input, not both.\n']);
  });

  it('--paginate prints every item of three pages, one JSON object per line', async () => {
    const run = await runPinkit(['api', 'pins/list', '--paginate', '-F', 'page_size=2', '-l', '2'], sim.env());
    expect(run.code, run.stderr).toBe(0);
    const pins = jsonLines(run.stdout);
    expect(pins).toHaveLength(5);
    expect(new Set(pins.map((pin) => pin.id)).size).toBe(5);
    expect(run.stderr.match(/GET \S+\/v5\/pins\S* -> 200/g)).toHaveLength(3);
  });

  it('-i prints the status line and headers before the body', async () => {
    const run = await api(['user_account/get', '-i']);
    expect(run.code, run.stderr).toBe(0);
    const [head, body] = run.stdout.split('\n\n');
    expect(head).toMatch(/^HTTP 200\n/);
    expect(head).toMatch(/^content-type: application\/json/m);
    expect(JSON.parse(body!)).toMatchObject({ username: 'pinkit_demo' });
  });

  it('refuses an operation the stored token has no scope for, before sending', async () => {
    const env = await signedOutEnv(sim);
    const signIn = await runPinkit(['get-access-token', '-c', '-w', '--token-store', 'file', '-l', '0'], env);
    expect(signIn.code, signIn.stderr).toBe(0);
    const file = join(env.PINTEREST_OAUTH_TOKEN_DIR!, 'access_token.json');
    const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...record, scopes: ['boards:read', 'pins:read'] }), { mode: 0o600 });
    const run = await runPinkit(['api', 'ad_accounts/list', '--token-store', 'file', '-l', '2'], env);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe('pinkit: ad_accounts/list needs ads:read; this token has boards:read, pins:read.\n');
  });

  it('names the closest operations for an unknown one and exits 2, without calling Pinterest', async () => {
    const run = await runPinkit(['api', 'boards/gte', '-l', '2'], sim.env());
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/^pinkit: Unknown operation "boards\/gte"; closest: boards\/get, /);
    const path = await api(['GET', '/v5/nothing/here']);
    expect([path.code, path.stderr]).toEqual([2, expect.stringMatching(/^pinkit: No v5 operation is GET \/v5\/nothing\/here; closest: /)]);
    const missing = await api(['boards/get']);
    expect([missing.code, missing.stderr]).toEqual([2, 'pinkit: boards/get needs the path parameter board_id: add -f board_id=VALUE.\n']);
  });

  it("exits 1 with Pinterest's message on a 4xx", async () => {
    const run = await api(['boards/get', '-f', 'board_id=999999999999']);
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toMatch(/^pinkit: .*404.*\n$/);
  });

  it('--sandbox refuses, before any request, an operation the sandbox does not serve', async () => {
    const env = { ...sim.env(), PINTEREST_SANDBOX_API_URI: sim.url };
    const run = await runPinkit(
      ['api', 'user_account/analytics', '-q', 'start_date=2026-01-01', '-q', 'end_date=2026-01-02', '--sandbox', '-l', '2'],
      env,
    );
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      "pinkit: GET /v5/user_account/analytics (user_account/analytics) is not available in Pinterest's API sandbox; call it against the production API.\n",
    );
  });

  it('-v 3 calls a v3 path and unwraps its envelope', async () => {
    const env = { ...sim.env(), ACCESS_TOKEN: sim.env().V3_ACCESS_TOKEN! };
    const run = await runPinkit(['api', '-v', '3', 'GET', '/v3/users/me/', '-l', '0'], env);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const user = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(user).toMatchObject({ username: 'pinkit_demo' });
    expect(user).not.toHaveProperty('status');
    const byId = await runPinkit(['api', '-v', '3', 'users/get'], env);
    expect(byId.code).toBe(2);
  });

  it('--jq filters the answer through jq: strings raw, and each item of --paginate on a line', async () => {
    const board = await firstBoard();
    const name = await api(['boards/get', '-f', `board_id=${board.id}`, '--jq', '.name']);
    expect([name.code, name.stdout, name.stderr]).toEqual([0, `${board.name}\n`, '']);
    const ids = await api(['pins/list', '--paginate', '-F', 'page_size=2', '--jq', '{id}']);
    expect(ids.code, ids.stderr).toBe(0);
    const lines = ids.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(Object.keys(JSON.parse(line) as object)).toEqual(['id']);
  });

  it('--jq refuses an expression jq cannot compile before sending anything, exit 2', async () => {
    const before = sim.stats.requests;
    const run = await api(['pins/list', '--jq', '.items[']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pinkit: --jq: .*syntax error.*\n$/);
    expect(sim.stats.requests).toBe(before);
  });
});
