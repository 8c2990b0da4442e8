import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Board } from '@pinkit/api-v5';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { runOnTerminal } from '../test-support/run-on-terminal.js';

let sim: Simulator;
let boards: Board[];

async function remainingBoardIds(): Promise<string[]> {
  const ids: string[] = [];
  for await (const board of createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).boards.list()) ids.push(board.id as string);
  return ids;
}

beforeEach(async () => {
  sim = await startSimulator({ boards: 3, pinsPerBoard: 2 });
  boards = [];
  for await (const board of createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).boards.list()) boards.push(board);
});
afterEach(() => sim.stop());

/** Runs pinkit in this process with a terminal for input, answering its prompts with `answers`. */
const withTerminal = (args: string[], answers: string[]) => runOnTerminal(args, sim.env(), answers);

describe('pinkit delete-board', () => {
  it('refuses to ask without a terminal and without --yes, deleting nothing', async () => {
    const requests = sim.stats.requests;
    const run = await runPinkit(['delete-board', '-b', boards[0]!.id as string], sim.env());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pinkit: delete-board asks before deleting, and the input is not a terminal; use --yes in scripts.\n');
    expect(sim.stats.requests).toBe(requests);
  });

  it('deletes one board with --yes', async () => {
    const run = await runPinkit(['delete-board', '-b', boards[0]!.id as string, '--yes', '--json', '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([{ id: boards[0]!.id, name: boards[0]!.name, deleted: true }]);
    expect(await remainingBoardIds()).toEqual(boards.slice(1).map((board) => board.id));
  });

  it('deletes every board with --all-boards --yes', async () => {
    const run = await runPinkit(['delete-board', '--all-boards', '--yes', '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(boards.length);
    expect(await remainingBoardIds()).toEqual([]);
  });

  it('needs exactly one of -b and --all-boards', async () => {
    for (const args of [
      ['delete-board', '--yes'],
      ['delete-board', '-b', '1', '--all-boards', '--yes'],
    ]) {
      const run = await runPinkit(args, sim.env());
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('pinkit: Give exactly one of -b/--board-id and --all-boards.\n');
    }
  });

  it('asks yes or no about one board on a terminal, keeping it on no', async () => {
    const board = boards[0]!;
    const kept = await withTerminal(['delete-board', '-b', board.id as string], ['n']);
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain(`Delete board ${board.id} "${board.name}" (${board.pin_count} pins)? [y/N] `);
    expect(kept.stderr).toContain(`Kept board ${board.id}`);
    expect(await remainingBoardIds()).toHaveLength(boards.length);
    const deleted = await withTerminal(['delete-board', '-b', board.id as string], ['yes']);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toBe(`Deleted board ${board.id} "${board.name}" (${board.pin_count} pins).\n`);
    expect(await remainingBoardIds()).not.toContain(board.id);
  });

  it('deletes nothing when the typed phrase does not match', async () => {
    const run = await withTerminal(['delete-board', '--all-boards'], ['delete all boards']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('To go on, type the following line:\n  Delete all boards for pinkit_demo\n> ');
    expect(run.stderr).toContain('Deletion not confirmed; nothing was deleted.');
    expect(await remainingBoardIds()).toHaveLength(boards.length);
  });

  it('after the phrase, asks about each board and deletes only those answered yes', async () => {
    const run = await withTerminal(['delete-board', '--all-boards'], ['Delete all boards for pinkit_demo', 'y', 'n', '']);
    expect(run.code).toBe(0);
    expect(run.stderr.match(/\? \[y\/N\] /g)).toHaveLength(boards.length);
    // Enter alone means no.
    expect(await remainingBoardIds()).toEqual(boards.slice(1).map((board) => board.id));
  });
});
