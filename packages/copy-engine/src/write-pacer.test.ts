import { describe, expect, it } from 'vitest';
import { copyBoard } from './copy-board.js';
import { createHarness } from './test-support/copy-harness.js';
import { FakeClock } from './test-support/fake-clock.js';
import { pinSeeds, seedBoard } from './test-support/fake-board-seed.js';
import { wrapAccount } from './test-support/wrap-account.js';
import { createWritePacer, withCeiling, type WritePacer } from './write-pacer.js';

const own = (clock: FakeClock, writesPerSecond = 10) =>
  createWritePacer({ writesPerSecond, clock, baseBackoffMs: 100, maxBackoffMs: 60_000, maxPauseMs: 900_000 });

async function acquireTimes(pacer: WritePacer, clock: FakeClock, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) times.push((await pacer.acquire(), clock.now()));
  return times;
}

/** A client's pacer as the port sees it: counts what the engine asks of it. */
function countingPacer(): WritePacer & { acquired: number } {
  return {
    acquired: 0,
    writesPerSecond: 1.5,
    async acquire() {
      this.acquired += 1;
    },
    succeeded() {},
    rateLimited: () => ({ pauseMs: 0, writesPerSecond: 1.5 }),
  };
}

describe("the engine's own write pacer", () => {
  it('spaces writes evenly at the rate', async () => {
    const clock = new FakeClock();
    expect(await acquireTimes(own(clock, 4), clock, 6)).toEqual([0, 250, 500, 750, 1000, 1250]);
  });

  it('pauses for Retry-After and halves the rate, or keeps it when the answer stated the quota', async () => {
    const clock = new FakeClock();
    const pacer = own(clock);
    await pacer.acquire();
    expect(pacer.rateLimited(3000)).toEqual({ pauseMs: 3000, writesPerSecond: 5 });
    const [first] = await acquireTimes(pacer, clock, 1);
    expect(first).toBeGreaterThanOrEqual(3000);
    expect(pacer.rateLimited(2000, { keepRate: true })).toEqual({ pauseMs: 2000, writesPerSecond: 5 });
  });

  it('doubles its own pause for 429s in a row without Retry-After, and starts over after a success', async () => {
    const clock = new FakeClock();
    const pacer = own(clock);
    expect(pacer.rateLimited().pauseMs).toBe(100);
    await pacer.acquire();
    expect(pacer.rateLimited().pauseMs).toBe(200);
    await pacer.acquire();
    pacer.succeeded();
    await pacer.acquire();
    expect(pacer.rateLimited().pauseMs).toBe(100);
  });

  it('recovers the rate additively with each successful write, up to the configured rate', () => {
    const pacer = own(new FakeClock());
    pacer.rateLimited(0);
    expect(pacer.writesPerSecond).toBe(5);
    pacer.succeeded();
    expect(pacer.writesPerSecond).toBeCloseTo(5.2);
    for (let index = 0; index < 100; index += 1) pacer.succeeded();
    expect(pacer.writesPerSecond).toBe(10);
  });

  it('gives up waiting as soon as its signal aborts', async () => {
    const pacer = own(new FakeClock(), 1);
    pacer.rateLimited(60_000);
    const controller = new AbortController();
    const waiting = pacer.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});

describe('a write pacer through the port', () => {
  it("paces a copy by the target's pacer, once per write, under the default ceiling only", async () => {
    const h = createHarness(40);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 12) });
    const pacer = countingPacer();
    const target = wrapAccount(h.target, { writePacer: pacer });
    const report = await copyBoard(h.options({ boardId: board.id, target }));
    expect(report.copied.pins).toBe(12);
    expect(pacer.acquired).toBe(h.target.writeLog.length);
    // No bucket of the engine's own: the same copy paced by it (at 1 write a second) takes far longer.
    const paced = createHarness(40);
    await copyBoard(paced.options({ boardId: seedBoard(paced.source, { name: 'B', pins: pinSeeds('p', 12) }).id, writesPerSecond: 1 }));
    expect(h.clock.now()).toBeLessThan(paced.clock.now() / 2);
  });

  it('keeps a ceiling the caller asked for on top of the port', async () => {
    const clock = new FakeClock();
    const port = countingPacer();
    const pacer = withCeiling(port, 4, clock);
    expect(await acquireTimes(pacer, clock, 3)).toEqual([0, 250, 500]);
    expect(port.acquired).toBe(3);
    expect(pacer.writesPerSecond).toBe(1.5);
  });
});
