import { createV5Client, type Board, type Pin } from '@pinkit/api-v5';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

// The reading commands on API v3 against the simulator, which serves v3 from the same store as
// v5: each output is compared with what the same command prints on v5.

let sim: Simulator;
let boards: Board[];
let pin: Pin;
/** The environment with the v3 token where the quickstart reads it, and v3 chosen as it would choose it. */
let v3Env: Record<string, string>;
beforeAll(async () => {
  sim = await startSimulator({ boards: 5, pinsPerBoard: 9 });
  boards = [];
  const v5 = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  for await (const board of v5.boards.list()) boards.push(board);
  for await (const first of v5.boards.listPins(boards[0]!.id as string)) {
    pin = first;
    break;
  }
  v3Env = { ...sim.env(), ACCESS_TOKEN: sim.env().V3_ACCESS_TOKEN!, PINTEREST_API_VERSION: '3' };
});
afterAll(() => sim.stop());

const v5Run = (args: string[]) => runPinkit([...args, '-l', '0'], sim.env());

describe('the reading commands on -v 3', () => {
  it('get-pin prints the same summary lines as on v5, from GET /v3/pins/{pin}/', async () => {
    const run = await runPinkit(['get-pin', '-p', pin.id as string], v3Env);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`GET ${sim.url}/v3/pins/${pin.id}/ -> 200`));
    const v5Lines = (await v5Run(['get-pin', '-p', pin.id as string])).stdout.split('\n');
    const lines = run.stdout.split('\n');
    expect(lines.map((line) => line.split(':')[0])).toEqual(v5Lines.map((line) => line.split(':')[0]));
    expect(lines[0]).toBe(`Pin ${pin.id}: -`);
    expect(lines[1]).toBe(`  board: -  section: ${pin.board_section_id ?? '-'}  type: pin`);
    expect(lines[2]).toBe(v5Lines[2]);
    expect(lines[3]).toBe(v5Lines[3]);
    expect(lines[4]).toMatch(/^ {2}image: https:\/\/i\.pinimg\.com\/originals\//);
  });

  it("get-pin --json prints v3's own pin object", async () => {
    const run = await runPinkit(['get-pin', '-p', pin.id as string, '--json', '-l', '0'], v3Env);
    expect(run.code).toBe(0);
    const [printed] = jsonLines(run.stdout);
    expect(printed).toMatchObject({ id: pin.id, type: 'pin', description: pin.description, link: pin.link });
    expect(printed).toHaveProperty('image_large_url');
    expect(printed).not.toHaveProperty('media');
  });

  it('get-board --pins lists the same sections and pins as on v5, for a board made through v5 too', async () => {
    const board = boards[0]!;
    const run = await runPinkit(['get-board', '-b', board.id as string, '--pins', '-v', '3', '-a', 'v3_access_token'], sim.env());
    expect(run.code).toBe(0);
    const v5 = await v5Run(['get-board', '-b', board.id as string, '--pins']);
    const lines = run.stdout.split('\n');
    const v5Lines = v5.stdout.split('\n');
    expect(lines[0]).toBe(v5Lines[0]);
    expect(lines[1]).toBe(`  privacy: ${board.privacy}  pins: ${board.pin_count}  followers: -`);
    expect(lines.filter((line) => line.startsWith('  section '))).toEqual(v5Lines.filter((line) => line.startsWith('  section ')));
    const ids = (text: string) => text.split('\n').flatMap((line) => /^(\d+) {2}/.exec(line)?.[1] ?? []);
    expect(ids(run.stdout)).toEqual(ids(v5.stdout));
    expect(lines.at(-2)).toBe(`${board.pin_count} pins listed.`);
    expect(run.stderr).toMatch(new RegExp(`GET ${sim.url}/v3/board/${board.id}/sections/ -> 200`));

    const made = await createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).boards.create({ name: 'Made on v5' });
    const fresh = await runPinkit(['get-board', '-b', made.id as string, '--json', '-l', '0'], v3Env);
    expect(jsonLines(fresh.stdout)).toEqual([
      expect.objectContaining({ id: made.id, name: 'Made on v5', privacy: 'public', pin_count: 0 }),
    ]);
  });

  it('get-user-boards sends --no-include-empty and --no-include-archived to Pinterest, which leaves those boards out', async () => {
    const archived = boards[1]!;
    const empty = boards.find((board) => board.pin_count === 0)!;
    sim.archiveBoard(archived.id as string);
    const everything = await runPinkit(['get-user-boards', '--json', '-l', '0'], v3Env);
    expect(jsonLines(everything.stdout).map((board) => board.id)).toEqual(expect.arrayContaining([archived.id, empty.id]));
    const run = await runPinkit(['get-user-boards', '-ps', '2', '--no-include-empty', '--no-include-archived'], v3Env);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/GET .*\/v3\/users\/me\/boards\/feed\/\?page_size=2&include_empty=false&include_archived=false -> 200/);
    expect(run.stdout).not.toContain(`${archived.id}  `);
    expect(run.stdout).not.toContain(`${empty.id}  `);
    const kept = boards.filter((board) => board !== archived && board !== empty && board.name !== 'Made on v5');
    for (const board of kept) expect(run.stdout).toContain(`${board.id}  ${board.name}  [${board.privacy}, ${board.pin_count} pins]`);
    expect(run.stdout).toContain(`${kept.length} boards listed.`);
  });

  it("get-user-pins lists the user's pins in the order v5 does, through GET /v3/users/me/pins/", async () => {
    const run = await runPinkit(['get-user-pins', '-ps', '10', '--json'], v3Env);
    expect(run.code).toBe(0);
    expect(run.stderr.match(/GET .*\/v3\/users\/me\/pins\/\?page_size=10.* -> 200/g)).toHaveLength(4);
    const v5 = await v5Run(['get-user-pins', '--json']);
    expect(jsonLines(run.stdout).map((p) => p.id)).toEqual(jsonLines(v5.stdout).map((p) => p.id));
    const text = await runPinkit(['get-user-pins', '-l', '0'], v3Env);
    expect(text.stdout).toContain('36 pins listed.');
    expect(text.stdout).toMatch(/ \(story\) {2}\[board -/);
  });

  it('reports a v3 failure in one line with the request id, and a v5 token as lacking a scope', async () => {
    const missing = await runPinkit(['get-pin', '-p', '999999999999'], v3Env);
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n').filter((line) => line.startsWith('pinkit:'))).toEqual([
      expect.stringMatching(/^pinkit: Not found - .*404.*Pin not found\..*\(request id [0-9a-f]+\)$/),
    ]);
    const wrongToken = await runPinkit(['get-user-pins', '-v', '3', '-l', '0'], sim.env());
    expect(wrongToken.code).toBe(1);
    expect(wrongToken.stderr).toMatch(/^pinkit: Permission denied - .*Missing: read_pins\./);
  });

  it('refuses an id that would name another endpoint, and the sandbox, before any request', async () => {
    const path = await runPinkit(['get-pin', '-p', '../boards'], v3Env);
    expect(path.code).toBe(2);
    expect(path.stderr).toBe('pinkit: pins.get: pinId "../boards" cannot contain "/" or "\\" (it is one path segment).\n');
    const sandbox = await runPinkit(['get-board', '-b', '1', '--sandbox'], v3Env);
    expect(sandbox.code).toBe(2);
    expect(sandbox.stderr).toBe("pinkit: Pinterest's API sandbox serves v5 only; leave out --sandbox (or PINTEREST_SANDBOX) with -v 3.\n");
  });

  it('keeps refusing the commands not served on v3 yet, in one line', async () => {
    for (const args of [['get-businesses'], ['save-pin', '-p', '1', '-b', '2'], ['get-terms', '-s', 'soup']]) {
      const run = await runPinkit(args, v3Env);
      expect(run.code, args[0]).toBe(2);
      expect(run.stderr).toBe('pinkit: API v3 is not available in this version of pinkit yet; use -v 5.\n');
    }
  });
});
