import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyBoard } from './copy-board.js';
import { createMemoryJournal } from './journal-store.js';
import { createHarness } from './test-support/copy-harness.js';
import type { Harness } from './test-support/copy-harness.js';
import { pinSeeds, seedBoard, snapshot } from './test-support/fake-board-seed.js';
import { wrapAccount } from './test-support/wrap-account.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('copy-adopt-');
});

/** A target that refuses a second board or section of one name, as Pinterest does. */
function seeded(seed: number): Harness {
  const h = createHarness(seed, { uniqueNames: true });
  seedBoard(h.source, {
    name: 'Recipes',
    pins: pinSeeds('loose', 12),
    sections: [
      { name: 'Soups', pins: pinSeeds('soup', 6) },
      { name: 'Cakes', pins: pinSeeds('cake', 6) },
    ],
  });
  seedBoard(h.source, { name: 'Garden', pins: pinSeeds('garden', 8) });
  return h;
}

const pinWrites = (h: Harness) => h.target.writeLog.filter((write) => write.method === 'createPin').length;

describe('copying with a fresh journal into a target that already holds the boards', () => {
  it('adopts the boards, sections and pins it finds and creates only what is missing', async () => {
    const h = seeded(41);
    await copyBoard(h.options({ all: true }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    // Two pins lost from the target since (deleted by hand, say).
    h.target.boards[0]!.pins.splice(0, 1);
    h.target.boards[1]!.pins.splice(0, 1);
    const before = pinWrites(h);
    h.events.length = 0;
    let targetPinListings = 0;
    const target = wrapAccount(h.target, {
      listBoardPins: (boardId) => (targetPinListings++, h.target.listBoardPins(boardId)),
      listSectionPins: (boardId, sectionId) => (targetPinListings++, h.target.listSectionPins(boardId, sectionId)),
    });
    const report = await copyBoard(h.options({ all: true, target, journal: createMemoryJournal() }));
    expect(report.failed).toEqual([]);
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(pinWrites(h) - before).toBe(2);
    // Each place (two boards, two sections) is listed once, not once per pin.
    expect(targetPinListings).toBe(4);
    expect(h.eventsOf('board-created').map((event) => event.via)).toEqual(['adopted', 'adopted']);
    expect(report.copied).toEqual({ boards: 2, sections: 2, pins: 32 });
  });

  it('still looks pins up in an adopted board when that copy was interrupted and is run again', async () => {
    const h = seeded(42);
    await copyBoard(h.options({ all: true }));
    const path = join(dir, 'fresh.jsonl');
    const controller = new AbortController();
    let pins = 0;
    const interrupted = await copyBoard(
      h.options({
        all: true,
        journal: path,
        signal: controller.signal,
        onEvent: (event) => void (event.type === 'pin-copied' && ++pins === 5 && controller.abort()),
      }),
    );
    expect(interrupted.cancelled).toBe(true);
    // The rerun finds both boards mapped by the journal, which remembers that they were adopted.
    const rerun = await copyBoard(h.options({ all: true, journal: path }));
    expect(rerun.alreadyCopied.boards).toBe(2);
    expect(rerun.failed).toEqual([]);
    expect(pinWrites(h)).toBe(32);
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
  });
});
