import { PassThrough } from 'node:stream';
import type { BaseContext } from 'clipanion';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Board } from '@pinkit/api-v5';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonLines, PINKIT_BIN, runPinkit, TEST_HOME } from '../test-support/run-pinkit.js';

type Main = (argv: string[], context: Partial<BaseContext>) => Promise<number>;

/** The built CLI, loaded in this process (clipanion's sources do not load under vitest). */
async function builtMain(): Promise<Main> {
  const bundle = new URL('../dist/pinkit.js', `file://${PINKIT_BIN}`).href;
  return ((await import(bundle)) as { main: Main }).main;
}

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

/**
 * Runs pinkit in this process with a terminal for input, answering each prompt (a line on
 * stderr ending in "] " or "> ") with the next answer.
 */
async function withTerminal(args: string[], answers: string[]) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => {
    err += chunk;
    if (/(\] |> )$/.test(err)) stdin.write(`${answers.shift() ?? ''}\n`);
  });
  const context = { stdin, stdout, stderr, env: { ...sim.env(), HOME: TEST_HOME }, colorDepth: 1 } as unknown as BaseContext;
  const code = await (await builtMain())([...args, '--token-store', 'file', '-l', '0'], context);
  return { code, stdout: out, stderr: err };
}

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
