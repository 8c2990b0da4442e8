import { describe, expect, it } from 'vitest';
import { copyBoard } from './copy-board.js';
import { createHarness } from './test-support/copy-harness.js';
import type { Fault } from './test-support/fake-account.js';
import { pinSeeds, seedBoard, snapshot } from './test-support/fake-board-seed.js';
import { wrapAccount } from './test-support/wrap-account.js';
import { FakeRateLimitError } from './test-support/fake-errors.js';
import { RetryAfterTooLongError } from './copy-errors.js';

describe('copyBoard pacing', () => {
  for (const concurrency of [1, 3, 8]) {
    it(`never has more than ${concurrency} write(s) in flight with concurrency ${concurrency}, and uses them all`, async () => {
      const h = createHarness(concurrency);
      const board = seedBoard(h.source, {
        name: 'B',
        pins: pinSeeds('p', 40),
        sections: [{ name: 'S', pins: pinSeeds('s', 20) }],
      });
      await copyBoard(h.options({ boardId: board.id, concurrency, writesPerSecond: 10_000 }));
      expect(h.target.maxInFlightWrites).toBe(concurrency);
      expect(snapshot(h.target)).toEqual(snapshot(h.source));
    });
  }

  it('reads the source only a little ahead of the writes', async () => {
    const h = createHarness(30);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 200) });
    let pulled = 0;
    let started = 0;
    let mostAhead = 0;
    const source = wrapAccount(h.source, {
      listBoardPins: async function* (boardId) {
        for await (const pin of h.source.listBoardPins(boardId)) {
          pulled += 1;
          mostAhead = Math.max(mostAhead, pulled - started);
          yield pin;
        }
      },
    });
    const target = wrapAccount(h.target, {
      createPin: (input) => {
        started += 1;
        return h.target.createPin(input);
      },
    });
    await copyBoard(h.options({ source, target, boardId: board.id, concurrency: 4 }));
    expect(pulled).toBe(200);
    // Four pins in slots and one waiting for a slot; never the whole board.
    expect(mostAhead).toBeLessThanOrEqual(4 + 1);
  });

  it('sends no more writes in a (virtual) second than writesPerSecond', async () => {
    const h = createHarness(31);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 45) });
    await copyBoard(h.options({ boardId: board.id, writesPerSecond: 10 }));
    const perSecond = new Map<number, number>();
    for (const write of h.target.writeLog)
      perSecond.set(Math.floor(write.at / 1000), (perSecond.get(Math.floor(write.at / 1000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(10);
    expect(perSecond.size).toBeGreaterThanOrEqual(4);
  });

  it('pauses every writer for Retry-After on a 429, halves the rate and resends the refused write once', async () => {
    const faults: Record<number, Fault> = { 6: { rateLimit: 5000 } };
    const h = createHarness(32, { faults: ({ index }) => faults[index] ?? 'none' });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 20) });
    let sentBeforePause = 0;
    let pausedAt = 0;
    const report = await copyBoard(
      h.options({
        boardId: board.id,
        writesPerSecond: 10,
        onEvent: (event) => {
          h.events.push(event);
          if (event.type === 'rate-limited') {
            sentBeforePause = h.target.writeLog.length;
            pausedAt = h.clock.now();
          }
        },
      }),
    );
    expect(h.eventsOf('rate-limited')).toEqual([{ type: 'rate-limited', retryAfterMs: 5000, pauseMs: 5000, writesPerSecond: 5 }]);
    const afterPause = h.target.writeLog.slice(sentBeforePause);
    expect(afterPause.length).toBeGreaterThan(0);
    expect(afterPause.every((write) => write.at >= pausedAt + 5000)).toBe(true);
    // A 429 is refused before taking effect: resent as is, no lookup, no duplicate.
    expect(report.copied.pins).toBe(20);
    expect(h.target.writeLog).toHaveLength(22);
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
  });

  it('keeps its rate on a 429 that said the quota, which the client already paces by', async () => {
    const h = createHarness(34, { faults: ({ index }) => (index === 4 ? { rateLimit: 2000, quota: true } : 'none') });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 8) });
    const report = await copyBoard(h.options({ boardId: board.id, writesPerSecond: 10 }));
    expect(h.eventsOf('rate-limited')).toEqual([{ type: 'rate-limited', retryAfterMs: 2000, pauseMs: 2000, writesPerSecond: 10 }]);
    expect(report.copied.pins).toBe(8);
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
  });

  it('chooses its own pause when a 429 carries no Retry-After', async () => {
    const h = createHarness(33, {
      faults: ({ index }) => (index === 3 || index === 4 ? { rateLimit: undefined } : 'none'),
    });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 5) });
    await copyBoard(h.options({ boardId: board.id, concurrency: 1, retryBaseDelayMs: 700 }));
    expect(h.eventsOf('rate-limited').map((event) => [event.retryAfterMs, event.pauseMs])).toEqual([
      [null, 700],
      [null, 1400],
    ]);
    expect(h.clock.sleeps).toEqual(expect.arrayContaining([700, 1400]));
  });

  it('gives up on a write that keeps being rate limited', async () => {
    const h = createHarness(34, { faults: ({ method }) => (method === 'createPin' ? { rateLimit: 10 } : 'none') });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 1) });
    const report = await copyBoard(h.options({ boardId: board.id, maxAttempts: 2 }));
    expect(report.failed).toMatchObject([{ item: 'pin', message: expect.stringContaining('Gave up after 4 attempts') }]);
  });

  it('stops the copy, naming the wait, when a 429 on a write asks for days', async () => {
    const h = createHarness(35, { faults: ({ index }) => (index === 3 ? { rateLimit: 999_999_000 } : 'none') });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 5) });
    const report = await copyBoard(h.options({ boardId: board.id, concurrency: 1 }));
    expect(report.fatal?.message).toMatch(/^Pinterest asked to wait 11 days; giving up, as the copy waits at most 15 minutes\./);
    expect(report.fatal?.cause).toBeInstanceOf(RetryAfterTooLongError);
    expect(h.eventsOf('rate-limited')).toEqual([]);
    expect(Math.max(0, ...h.clock.sleeps)).toBeLessThan(60_000);
  });

  it('stops the copy when a 429 on a read asks for longer than maxRetryAfterMs, quoting Retry-After', async () => {
    const h = createHarness(36);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 3) });
    const limited = Object.assign(new FakeRateLimitError(999_999_000), { retryAfter: '999999' });
    const source = wrapAccount(h.source, {
      listBoardPins: async function* () {
        yield* [];
        throw limited;
      },
    });
    const report = await copyBoard(h.options({ source, boardId: board.id, maxRetryAfterMs: 60_000 }));
    expect(report.fatal?.message).toMatch(
      /^Pinterest asked to wait 11 days \(Retry-After: 999999\); giving up, as the copy waits at most 60 seconds/,
    );
    expect(Math.max(0, ...h.clock.sleeps)).toBeLessThan(60_000);
  });
});
