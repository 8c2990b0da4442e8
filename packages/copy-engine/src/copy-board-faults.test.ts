import { describe, expect, it } from 'vitest';
import { copyBoard } from './copy-board.js';
import { createHarness } from './test-support/copy-harness.js';
import { FakeAccount, colorOf } from './test-support/fake-account.js';
import type { Fault, WriteCall } from './test-support/fake-account.js';
import { pinSeeds, seedBoard, snapshot } from './test-support/fake-board-seed.js';
import { seededRandom } from './test-support/seeded-random.js';
import { FakeNetworkError } from './test-support/fake-errors.js';
import { wrapAccount } from './test-support/wrap-account.js';

/** Fails the listed write indexes with the given fault. */
const at = (faults: Record<number, Fault>) => (call: WriteCall) => faults[call.index] ?? 'none';

describe('copyBoard under transient failures', () => {
  it('retries writes that failed with a 5xx or a dropped connection', async () => {
    const h = createHarness(2, { faults: at({ 2: 'server-error', 4: 'fail-before', 5: 'fail-before' }) });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 6) });
    const report = await copyBoard(h.options({ boardId: board.id, concurrency: 1 }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(report.copied.pins).toBe(6);
    expect(h.eventsOf('retry').map((event) => [event.item, event.attempt])).toEqual([
      ['pin', 1],
      ['pin', 1],
      ['pin', 2],
    ]);
  });

  it('finds a pin whose create took effect before the connection dropped, instead of creating it twice', async () => {
    const h = createHarness(3, { faults: at({ 3: 'lost-response' }) });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 4) });
    const report = await copyBoard(h.options({ boardId: board.id, concurrency: 1 }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(h.target.writeLog).toHaveLength(5);
    expect(
      h
        .eventsOf('pin-copied')
        .map((event) => event.via)
        .sort(),
    ).toEqual(['adopted', 'created', 'created', 'created']);
    expect(report.copied.pins).toBe(4);
  });

  it('finds a board and a section whose responses were lost', async () => {
    const h = createHarness(4, { faults: at({ 1: 'lost-response', 2: 'lost-response' }) });
    const board = seedBoard(h.source, { name: 'B', sections: [{ name: 'S', pins: pinSeeds('s', 2) }] });
    await copyBoard(h.options({ boardId: board.id }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(h.eventsOf('board-created')[0]?.via).toBe('adopted');
    expect(h.eventsOf('section-created')[0]?.via).toBe('adopted');
  });

  it('adopts a section whose name is taken (409) by its own late-landing create instead of failing', async () => {
    const h = createHarness(10);
    const board = seedBoard(h.source, { name: 'B', sections: [{ name: 'S', pins: pinSeeds('s', 2) }] });
    // The section appears just as the create is refused: a killed run's request landing late.
    const target = wrapAccount(h.target, {
      createSection: async (boardId, input) => {
        await h.target.createSection(boardId, input);
        throw Object.assign(new Error('Board section conflict'), { name: 'ApiError', status: 409 });
      },
    });
    const report = await copyBoard(h.options({ boardId: board.id, target }));
    expect(report.failed).toEqual([]);
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(h.eventsOf('section-created')[0]?.via).toBe('adopted');
  });

  it('never adopts the source board itself when both tokens turn out to be one account', async () => {
    const h = createHarness(9);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 3) });
    let writes = 0;
    const sameAccount = wrapAccount(h.source, {
      createBoard: async (input) => {
        const created = await h.source.createBoard(input);
        if (++writes === 1) throw new FakeNetworkError();
        return created;
      },
    });
    await copyBoard(h.options({ target: sameAccount, all: true }));
    expect(snapshot(h.source).map((state) => state.pins)).toEqual([
      ['p 1', 'p 2', 'p 3'],
      ['p 1', 'p 2', 'p 3'],
    ]);
    expect(h.eventsOf('board-created')[0]).toMatchObject({ via: 'adopted', targetBoardId: expect.not.stringMatching(board.id) });
  });

  it('never maps two source pins to one target pin, even when their content is identical', async () => {
    const h = createHarness(8, { faults: at({ 3: 'lost-response' }) });
    const url = 'https://i.source/same.jpg';
    const twin = {
      title: 'twin',
      link: 'https://example.com/twin',
      media: { images: { '1200x': { url, width: 10, height: 10 } } },
      dominant_color: colorOf(url),
    };
    const board = seedBoard(h.source, { name: 'B', pins: [twin, twin] });
    await copyBoard(h.options({ boardId: board.id, concurrency: 1 }));
    expect(snapshot(h.target)[0]?.pins).toEqual(['twin', 'twin']);
    const targets = h.eventsOf('pin-copied').map((event) => event.targetPinId);
    expect(new Set(targets).size).toBe(2);
    expect(h.eventsOf('pin-copied').map((event) => event.via)).toEqual(['created', 'adopted']);
  });

  it('creates again when the failed create did not take effect', async () => {
    const h = createHarness(5, { faults: at({ 2: 'fail-before' }) });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 1) });
    await copyBoard(h.options({ boardId: board.id }));
    expect(h.target.writeLog.map((write) => write.fault)).toEqual(['none', 'fail-before', 'none']);
    expect(h.eventsOf('pin-copied')[0]?.via).toBe('created');
  });

  it('gives up on a pin after maxAttempts and reports it failed', async () => {
    const h = createHarness(6, { faults: ({ label }) => (label === 'p 2' ? 'server-error' : 'none') });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 3) });
    const report = await copyBoard(h.options({ boardId: board.id, maxAttempts: 3 }));
    expect(report.copied.pins).toBe(2);
    expect(report.failed).toMatchObject([{ item: 'pin', message: expect.stringContaining('Gave up after 3 attempts') }]);
    expect(h.target.writeLog.filter((write) => write.fault === 'server-error')).toHaveLength(3);
  });

  it('restarts a listing that broke mid-way without copying any pin twice', async () => {
    let broken = 0;
    const h = createHarness(7);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 10) });
    const source = new FakeAccount({
      name: 'flaky',
      readFault: (method, index) => method === 'listBoardPins' && index === 5 && broken++ < 2,
    });
    source.boards.push(...h.source.boards);
    const report = await copyBoard(h.options({ source, boardId: board.id }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(report.copied.pins).toBe(10);
    expect(h.eventsOf('retry').filter((event) => event.item === 'read')).toHaveLength(2);
  });
});

describe('copyBoard with random faults', () => {
  for (const seed of [11, 12, 13]) {
    it(`copies every pin exactly once with 5% transient faults, half of them lost responses (seed ${seed})`, async () => {
      const faultRandom = seededRandom(seed * 7);
      const h = createHarness(seed, {
        faults: () => {
          const roll = faultRandom();
          if (roll < 0.025) return 'lost-response';
          if (roll < 0.05) return roll < 0.0375 ? 'server-error' : 'fail-before';
          return 'none';
        },
      });
      for (const name of ['A', 'B', 'C']) {
        seedBoard(h.source, {
          name,
          pins: pinSeeds(`${name}-loose`, 40),
          sections: [
            { name: `${name}-one`, pins: pinSeeds(`${name}-one`, 30) },
            { name: `${name}-two`, pins: pinSeeds(`${name}-two`, 30) },
          ],
        });
      }
      const report = await copyBoard(h.options({ all: true, concurrency: 8, maxAttempts: 8 }));
      expect(report.failed).toEqual([]);
      expect(snapshot(h.target)).toEqual(snapshot(h.source));
      expect(report.copied).toEqual({ boards: 3, sections: 6, pins: 300 });
      const faults = h.target.writeLog.filter((write) => write.fault !== 'none');
      expect(faults.length).toBeGreaterThan(5);
      expect(h.eventsOf('pin-copied').some((event) => event.via === 'adopted')).toBe(true);
    });
  }
});
