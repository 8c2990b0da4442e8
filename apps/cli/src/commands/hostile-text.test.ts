import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Board } from '@pinkit/api-v5';
import { tempDir } from '@pinkit/test-support';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileServer, sendJson } from '../test-support/hostile-server.js';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

// Retitles the terminal (OSC 0, ended by BEL), then clears the screen (CSI 2J).
const PWNED = '\u001b]0;pwned\u0007\u001b[2J';
const SHOWN = '\\e]0;pwned\\u0007\\e[2J';
// Any C0 control but tab and newline, DEL or C1 control reaching the terminal is a failure.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let sim: Simulator;
let board: Board;
beforeAll(async () => {
  sim = await startSimulator({ boards: 2, pinsPerBoard: 2 });
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  board = await client.boards.create({ name: `Recipes ${PWNED}`, description: `Line one\nline two ${PWNED}` });
});
afterAll(() => sim.stop());

describe('server text on the terminal', () => {
  it('shows escape sequences in a board name as visible text in lists and summaries', async () => {
    const list = await runPinkit(['get-user-boards'], sim.env());
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`${board.id}  Recipes ${SHOWN}`);
    const one = await runPinkit(['get-board', '-b', board.id as string], sim.env());
    expect(one.stdout).toContain(`Board ${board.id}: Recipes ${SHOWN}`);
    // A description keeps its line breaks.
    expect(one.stdout).toContain(`description: Line one\nline two ${SHOWN}`);
    for (const run of [list, one]) expect(`${run.stdout}${run.stderr}`).not.toMatch(CONTROL);
  });

  it('keeps --json exact: the name parses back to what the server sent', async () => {
    const run = await runPinkit(['get-board', '-b', board.id as string, '--json'], sim.env());
    expect(jsonLines(run.stdout)[0]).toMatchObject({ name: `Recipes ${PWNED}` });
    expect(run.stdout).not.toMatch(CONTROL);
  });

  it('escapes the board name in copy progress and in the copy report', async () => {
    const journal = join(tempDir('pinkit-journal-'), 'copy.jsonl');
    const args = ['copy-board', '-b', board.id as string, '-n', 'Copied', '--journal', journal, '-l', '2'];
    const run = await runPinkit(args, sim.env());
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`"Recipes ${SHOWN}"`);
    expect(run.stdout).toContain(`"Recipes ${SHOWN}" ->`);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(CONTROL);
  });

  it('escapes an error message from the server in the one error line', async () => {
    const server = await startHostileServer((_req, res) => sendJson(res, 400, { code: 1, message: `Bad board ${PWNED}` }));
    try {
      const run = await runPinkit(['get-board', '-b', '1'], { PINTEREST_API_URI: server.url, ACCESS_TOKEN: 'pina_TESTTESTTEST' });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^pinkit: .*Bad board ${SHOWN.replace(/[\\[\]]/g, '\\$&')}$`, 'm'));
      expect(run.stderr).not.toMatch(CONTROL);
    } finally {
      await server.close();
    }
  });

  it('cuts a 5 MB error message to one short line that says how much was left out, keeping the request id', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const server = await startHostileServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json', 'x-pinterest-rid': 'rid-77' });
      res.end(JSON.stringify({ code: 1, message: huge }));
    });
    try {
      const run = await runPinkit(['get-board', '-b', '1', '-l', '0'], {
        PINTEREST_API_URI: server.url,
        ACCESS_TOKEN: 'pina_TESTTESTTEST',
      });
      expect(run.code).toBe(1);
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(run.stderr.length).toBeLessThan(500);
      expect(run.stderr).toMatch(/^pinkit: GET .*failed with 400: x+…\(\d+ more characters\) \(request id rid-77\)\n$/);
    } finally {
      await server.close();
    }
  });

  it('gives up at once on a Retry-After of days, and the error line names the wait', async () => {
    const server = await startHostileServer((_req, res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '999999' });
      res.end(JSON.stringify({ code: 8, message: 'Too many requests' }));
    });
    try {
      const started = Date.now();
      const run = await runPinkit(['get-board', '-b', '1', '-l', '0'], {
        PINTEREST_API_URI: server.url,
        ACCESS_TOKEN: 'pina_TESTTESTTEST',
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(run.code).toBe(1);
      const [line, rest] = run.stderr.split(/(?<=giving up\. )/);
      expect(line).toBe('pinkit: Rate limited by Pinterest. Pinterest asked to wait 11 days (Retry-After: 999999); giving up. ');
      expect(rest).toMatch(/^GET \S+ failed with 429: Too many requests\n$/);
      expect(server.requests).toBe(1);
    } finally {
      await server.close();
    }
  });
});
