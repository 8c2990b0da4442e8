import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Board } from '@pinkit/api-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileServer, sendJson } from '../test-support/hostile-server.js';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
let boards: Board[];
beforeAll(async () => {
  sim = await startSimulator({ boards: 7 });
  boards = [];
  for await (const board of createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).boards.list()) boards.push(board);
});
afterAll(() => sim.stop());

describe('pinkit get-user-boards', () => {
  it('streams every board across pages as JSON lines', async () => {
    const run = await runPinkit(['get-user-boards', '-ps', '2', '--json'], sim.env());
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((b) => b.id)).toEqual(boards.map((b) => b.id));
    // 7 boards at 2 a page: 4 requests, each logged on stderr at the default level.
    expect(run.stderr.match(/GET .*\/v5\/boards\?page_size=2.* -> 200/g)).toHaveLength(4);
  });

  it('prints one line per board and a count without asking when stdin is not a terminal', async () => {
    const run = await runPinkit(['get-user-boards', '--page-size', '3'], sim.env());
    expect(run.code).toBe(0);
    for (const board of boards) expect(run.stdout).toContain(`${board.id}  ${board.name}`);
    expect(run.stdout).toContain(`${boards.length} boards listed.`);
    expect(run.stdout).not.toContain('next page');
  });

  it('leaves out empty boards with --no-include-empty', async () => {
    expect(boards.some((b) => b.pin_count === 0)).toBe(true);
    const run = await runPinkit(['get-user-boards', '--no-include-empty', '--json', '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((b) => b.id)).toEqual(boards.filter((b) => (b.pin_count ?? 0) > 0).map((b) => b.id));
  });

  it('lists no boards for the empty second user named by -a', async () => {
    const run = await runPinkit(['get-user-boards', '-a', 'target_access_token'], sim.env());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('0 boards listed.\n');
  });

  it.each(['0', '251', 'ten'])('rejects page size %s before any request', async (size) => {
    const run = await runPinkit(['get-user-boards', '-ps', size], sim.env());
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^pinkit: Invalid value for -ps: expected/);
    expect(run.stderr).not.toMatch(/GET /);
  });

  it('stops with one line when the server hands out fresh bookmarks with the same boards forever', async () => {
    const server = await startHostileServer((_req, res, index) =>
      sendJson(res, 200, { items: [{ id: '1', name: 'Loop', privacy: 'PUBLIC' }], bookmark: `fresh-${index}` }),
    );
    try {
      const run = await runPinkit(['get-user-boards', '-l', '0'], { PINTEREST_API_URI: server.url, ACCESS_TOKEN: 'pina_TESTTESTTEST' });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'pinkit: The server sent 10 pages in a row with no new items but a new bookmark each time; ' +
          'stopping so the listing does not loop forever.\n',
      );
      expect(server.requests).toBe(11);
    } finally {
      await server.close();
    }
  });

  it('lists the same boards through API v3 with -v 3 and a v3 token', async () => {
    const run = await runPinkit(['get-user-boards', '-v', '3', '-a', 'v3_access_token', '--json', '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((b) => b.id)).toEqual(boards.map((b) => b.id));
  });
});
