import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Board, type Pin } from '@pinkit/api-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
let board: Board;
let pins: Pin[];
let sections: string[];
beforeAll(async () => {
  sim = await startSimulator({ pinsPerBoard: 30 });
  const pinterest = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  for await (const candidate of pinterest.boards.list()) {
    sections = [];
    for await (const section of pinterest.boardSections.list(candidate.id as string)) sections.push(section.name);
    if (sections.length > 0) {
      board = candidate;
      break;
    }
  }
  pins = [];
  for await (const pin of pinterest.boards.listPins(board.id as string)) pins.push(pin);
});
afterAll(() => sim.stop());

describe('pinkit get-board', () => {
  it('prints the board summary', async () => {
    const run = await runPinkit(['get-board', '-b', board.id as string], sim.env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Board ${board.id}: ${board.name}`);
    expect(run.stdout).not.toContain('Pins:');
  });

  it('with --pins --json prints the board line, then one line per pin', async () => {
    const run = await runPinkit(['get-board', '-b', board.id as string, '--pins', '--json', '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    const [first, ...rest] = jsonLines(run.stdout);
    expect(first).toMatchObject({ id: board.id, name: board.name });
    expect(rest.map((p) => p.id)).toEqual(pins.map((p) => p.id));
    expect(pins.length).toBeGreaterThan(25); // more than one page at the default size
  });

  it('with --pins lists sections and pins for people', async () => {
    const run = await runPinkit(['get-board', '-b', board.id as string, '--pins'], sim.env());
    expect(run.code).toBe(0);
    for (const name of sections) expect(run.stdout).toContain(name);
    expect(run.stdout).toContain(`${pins.length} pins listed.`);
  });

  it('reports an unknown board with exit code 1', async () => {
    const run = await runPinkit(['get-board', '-b', '424242424242', '-l', '0'], sim.env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pinkit: Not found - check the id\..*\(request id [0-9a-f]+\)\n$/);
  });

  it('asks for the board id', async () => {
    const run = await runPinkit(['get-board', '--pins'], sim.env());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pinkit: Missing -b/--board-id: which board to show.\n');
  });
});
