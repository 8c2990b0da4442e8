import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyBoard } from './copy-board.js';
import type { CopyEvent } from './copy-event.js';
import type { CopyOptions } from './copy-options.js';
import type { CopyReport } from './copy-report.js';
import { createHarness } from './test-support/copy-harness.js';
import type { Harness } from './test-support/copy-harness.js';
import { pinSeeds, seedBoard, snapshot } from './test-support/fake-board-seed.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('copy-overlap-');
});

function seeded(): { h: Harness; boardId: string } {
  const h = createHarness(61, { uniqueNames: true });
  const board = seedBoard(h.source, {
    name: 'Recipes',
    pins: pinSeeds('loose', 24),
    sections: [{ name: 'Soups', pins: pinSeeds('soup', 8) }],
  });
  return { h, boardId: board.id };
}

const pinWrites = (h: Harness) => h.target.writeLog.filter((write) => write.method === 'createPin').length;

/**
 * Runs a copy of `boardId` holding `targetLock`, and starts a second one (`second` overrides its
 * options) the first time an event of the first passes `when`. Resolves with both outcomes.
 */
async function overlapping(
  h: Harness,
  boardId: string,
  when: (event: CopyEvent) => boolean,
  second: Partial<CopyOptions>,
): Promise<[CopyReport, CopyReport | Error | undefined]> {
  const targetLock = join(dir, 'to-target.lock');
  let started: Promise<CopyReport | Error> | undefined;
  const first = await copyBoard(
    h.options({
      boardId,
      journal: join(dir, 'first.jsonl'),
      targetLock,
      onEvent: (event) => {
        if (started !== undefined || !when(event)) return;
        started = copyBoard(h.options({ boardId, targetLock, ...second })).catch((error: Error) => error);
      },
    }),
  );
  return [first, await started];
}

describe('two copies into one target account at once, each with its own journal', () => {
  it('refuses the second while the first writes, so no pin is copied twice', async () => {
    const { h, boardId } = seeded();
    // The second starts once the first has made the board and a pin: it would adopt that board
    // and, without the lock, copy every pin the first had not made yet a second time.
    const [firstReport, secondOutcome] = await overlapping(h, boardId, (event) => event.type === 'pin-copied' && event.via === 'created', {
      journal: join(dir, 'second.jsonl'),
    });
    expect(firstReport.failed).toEqual([]);
    expect(pinWrites(h)).toBe(32);
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    const targetLock = join(dir, 'to-target.lock');
    expect(secondOutcome).toMatchObject({
      name: 'TargetLockedError',
      lockPath: targetLock,
      pid: process.pid,
      message: expect.stringContaining(`Another copy (pid ${process.pid}) is writing into the same target account`),
    });
    expect(existsSync(targetLock)).toBe(false);

    // Once the first has ended, the second journal's copy adopts everything and creates nothing.
    const again = await copyBoard(h.options({ boardId, journal: join(dir, 'second.jsonl'), targetLock }));
    expect(again.failed).toEqual([]);
    expect(pinWrites(h)).toBe(32);
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
  });

  it('lets a dry run preview while a copy holds the target', async () => {
    const { h, boardId } = seeded();
    const [, preview] = await overlapping(h, boardId, (event) => event.type === 'board-created', {
      journal: join(dir, 'other.jsonl'),
      dryRun: true,
    });
    expect(preview).toMatchObject({ fatal: null, dryRun: true });
    expect(pinWrites(h)).toBe(32);
  });
});
