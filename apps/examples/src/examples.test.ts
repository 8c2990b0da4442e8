import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createV5Client } from '@pinkit/api-v5';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { tempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const example = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

let sim: Simulator;
let boardId: string;
let otherBoardId: string;
let pinId: string;
beforeAll(async () => {
  sim = await startSimulator({ boards: 3, pinsPerBoard: 4 });
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

async function runExample(name: string, args: string[] = []) {
  // tsx makes a folder for its IPC sockets in TMPDIR and leaves it; give it one that goes away.
  const env = { ...process.env, ...sim.env(), TMPDIR: tempDir('pinkit-tsx-') };
  return run(tsx, [example(name), ...args], { env });
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
});
