import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyBoard } from './copy-board.js';
import { JournalError } from './copy-errors.js';
import { journalKey } from './copy-journal.js';
import { createFileJournal } from './file-journal.js';
import { createMemoryJournal } from './journal-store.js';
import { createHarness } from './test-support/copy-harness.js';
import type { Harness } from './test-support/copy-harness.js';
import { CrashSwitch } from './test-support/crash-switch.js';
import { pinSeeds, seedBoard, snapshot } from './test-support/fake-board-seed.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = tempDir('copy-resume-');
  path = join(dir, 'src--dst.jsonl');
});

function seedRecipes(h: Harness) {
  return seedBoard(h.source, {
    name: 'Recipes',
    pins: pinSeeds('loose', 20),
    sections: [
      { name: 'Soups', pins: pinSeeds('soup', 15) },
      { name: 'Cakes', pins: pinSeeds('cake', 15) },
    ],
  });
}

/** Runs a copy that gets killed (as by SIGKILL) right after the target receives write `n`. */
async function crashAtWrite(seed: number, n: number) {
  const crash = new CrashSwitch();
  let crashed = () => {};
  const dead = new Promise<void>((resolve) => (crashed = resolve));
  const h = createHarness(seed, {
    faults: ({ index }) => {
      if (index === n) {
        crash.crash();
        crashed();
      }
      return 'none';
    },
  });
  const board = seedRecipes(h);
  void copyBoard(h.options({ boardId: board.id, target: crash.account(h.target), journal: crash.journal(createFileJournal(path)) }));
  await dead;
  // Let writes already sent reach the fake server; their responses are lost with the process.
  for (let tick = 0; tick < 20; tick += 1) await new Promise((resolve) => setImmediate(resolve));
  return { h, board };
}

describe('resuming an interrupted copy', () => {
  it('finishes a copy killed mid-way with exactly the source content, adopting the write in flight', async () => {
    const { h, board } = await crashAtWrite(21, 25);
    expect(snapshot(h.target)[0]?.pins.length).toBeLessThan(50);
    h.events.length = 0;
    const report = await copyBoard(h.options({ boardId: board.id, journal: path }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(report.alreadyCopied.boards).toBe(1);
    expect(report.copied.pins + report.alreadyCopied.pins).toBe(50);
    expect(h.eventsOf('pin-copied').some((event) => event.via === 'adopted')).toBe(true);
  });

  it('tolerates the torn line a kill leaves at the end of the journal', async () => {
    const { h, board } = await crashAtWrite(22, 30);
    await appendFile(path, '{"op":"done","key":"[\\"pin\\",');
    h.events.length = 0;
    await copyBoard(h.options({ boardId: board.id, journal: path }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(h.eventsOf('warning')).toMatchObject([
      { code: 'journal-lines-ignored', lines: 1 },
      // The crashed run left writes unfinished: the rerun lets stragglers land before looking.
      { code: 'resume-settle', waitMs: 2000 },
    ]);
  });

  it('ends as cancelled, not rejected, when aborted during the resume settle wait', async () => {
    const h = createHarness(31);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 2) });
    const journal = createMemoryJournal();
    await journal.append({ op: 'intent', key: journalKey('board', { sourceBoardId: board.id, targetName: null }) });
    const controller = new AbortController();
    const onEvent = (event: { type: string; code?: string }) => {
      if (event.type === 'warning' && event.code === 'resume-settle') controller.abort();
    };
    const report = await copyBoard(h.options({ boardId: board.id, journal, signal: controller.signal, onEvent }));
    expect(report.cancelled).toBe(true);
    expect(report.fatal).toBeNull();
    expect(h.target.writeLog).toHaveLength(0);
  });

  it('resumes after an abort: the cancelled run settles its writes, the rerun adds only the rest', async () => {
    const h = createHarness(23);
    const board = seedRecipes(h);
    const controller = new AbortController();
    let pinsCopied = 0;
    const first = await copyBoard(
      h.options({
        boardId: board.id,
        journal: path,
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'pin-copied' && ++pinsCopied === 12) controller.abort();
        },
      }),
    );
    expect(first.cancelled).toBe(true);
    expect(first.copied.pins).toBeGreaterThanOrEqual(12);
    expect(first.copied.pins).toBeLessThan(50);
    const targetPinsAfterAbort = h.target.boards[0]?.pins.length;
    expect(first.copied.pins).toBe(targetPinsAfterAbort);
    const second = await copyBoard(h.options({ boardId: board.id, journal: path }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(second.alreadyCopied.pins).toBe(first.copied.pins);
    expect(second.copied.pins).toBe(50 - first.copied.pins);
  });

  it('writes nothing when the same copy runs again after it completed', async () => {
    const h = createHarness(24);
    const board = seedRecipes(h);
    await copyBoard(h.options({ boardId: board.id, journal: path }));
    const writes = h.target.writeLog.length;
    const again = await copyBoard(h.options({ boardId: board.id, journal: path }));
    expect(h.target.writeLog).toHaveLength(writes);
    expect(again.alreadyCopied).toEqual({ boards: 1, sections: 2, pins: 50 });
    expect(again.copied).toEqual({ boards: 0, sections: 0, pins: 0 });
  });

  it('maps boards again on an all rerun, copying only a board added since', async () => {
    const h = createHarness(25);
    seedRecipes(h);
    await copyBoard(h.options({ all: true, journal: path }));
    seedBoard(h.source, { name: 'New', pins: pinSeeds('new', 3) });
    const rerun = await copyBoard(h.options({ all: true, journal: path }));
    expect(rerun.copied).toEqual({ boards: 1, sections: 0, pins: 3 });
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
  });

  it('keeps same-account copies under different names apart', async () => {
    const h = createHarness(26);
    const board = seedBoard(h.source, { name: 'Mine', pins: pinSeeds('p', 3) });
    const journal = createMemoryJournal();
    const same = { target: undefined, boardId: board.id, journal };
    await copyBoard(h.options({ ...same, targetName: 'Copy X' }));
    await copyBoard(h.options({ ...same, targetName: 'Copy Y' }));
    const repeat = await copyBoard(h.options({ ...same, targetName: 'Copy X' }));
    expect(repeat.copied).toEqual({ boards: 0, sections: 0, pins: 0 });
    expect(snapshot(h.source).map((state) => [state.name, state.pins.length])).toEqual([
      ['Copy X', 3],
      ['Copy Y', 3],
      ['Mine', 3],
    ]);
  });

  it('creates an item whose intent was journaled but which never reached the target', async () => {
    const h = createHarness(27);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 2) });
    const journal = createMemoryJournal();
    await journal.append({ op: 'intent', key: journalKey('board', { sourceBoardId: board.id, targetName: null }) });
    await copyBoard(h.options({ boardId: board.id, journal }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(h.eventsOf('board-created')[0]?.via).toBe('created');
  });

  it('says so when a board the journal maps was deleted from the target', async () => {
    const h = createHarness(28);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 2) });
    await copyBoard(h.options({ boardId: board.id, journal: path }));
    h.target.boards.length = 0;
    const rerun = await copyBoard(h.options({ boardId: board.id, journal: path }));
    expect(rerun.failed).toMatchObject([{ item: 'board', message: expect.stringContaining('copy with a new journal') }]);
    expect(h.target.writeLog).toHaveLength(3);
  });

  it('stops with a fatal report when the journal cannot be written', async () => {
    const h = createHarness(30);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 20) });
    const memory = createMemoryJournal();
    const journal = {
      ...memory,
      append: async (record: Parameters<typeof memory.append>[0]) => {
        if (memory.records.length >= 6) throw new JournalError(path, 'write', new Error('ENOSPC: no space left on device'));
        await memory.append(record);
      },
    };
    const report = await copyBoard(h.options({ boardId: board.id, journal }));
    expect(report.fatal?.message).toContain('no space left');
    expect(report.copied.pins).toBeLessThan(20);
  });

  it('dry-runs what a rerun would still create, leaving the journal untouched', async () => {
    const { h, board } = await crashAtWrite(29, 20);
    const before = await readFile(path, 'utf8');
    const writes = h.target.writeLog.length;
    h.events.length = 0;
    const plan = await copyBoard(h.options({ boardId: board.id, journal: path, dryRun: true }));
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(h.target.writeLog).toHaveLength(writes);
    expect(plan.alreadyCopied.boards).toBe(1);
    expect(plan.alreadyCopied.pins + plan.planned.pins).toBe(50);
    expect(plan.planned.pins).toBeGreaterThan(0);
  });
});
