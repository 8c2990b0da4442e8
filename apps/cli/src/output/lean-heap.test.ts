import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';
import { keepHeapLean } from './lean-heap.js';

const REPORT = new URL('../test-support/report-new-space.mjs', import.meta.url).href;

let sim: Simulator;
beforeAll(async () => {
  // Enough pages that V8's default policy grows the young generation several times over.
  sim = await startSimulator({ boards: 21, pinsPerBoard: 1000, rateLimits: false });
});
afterAll(() => sim.stop());

/** The young generation's size at the first pin `get-user-pins --json` printed and the largest after, in KB. */
async function newSpaceOfListing(nodeOptions: string): Promise<{ first: number; largest: number; lines: number }> {
  const run = await runPinkit(['get-user-pins', '--json', '-ps', '250', '-l', '0'], {
    ...sim.env(),
    NODE_OPTIONS: `--import ${REPORT} ${nodeOptions}`.trim(),
  });
  expect(run.code, run.stderr).toBe(0);
  const [, first, largest] = /new-space-kb first-output=(\d+) largest=(\d+)/.exec(run.stderr) ?? [];
  return { first: Number(first), largest: Number(largest), lines: run.stdout.split('\n').length - 1 };
}

describe('a long listing through the CLI', () => {
  it('keeps the young generation at the size it had when the first pin was printed', async () => {
    const { first, largest, lines } = await newSpaceOfListing('');
    expect(lines).toBe(20_000);
    expect(first).toBeGreaterThan(0);
    expect(largest).toBe(first);
  });

  it("leaves a user's own collector tuning alone (and the young generation then grows, as V8 grows it)", async () => {
    const { first, largest } = await newSpaceOfListing('--max-semi-space-size=16');
    expect(largest).toBeGreaterThan(first);
  });
});

describe('keepHeapLean', () => {
  it('stands aside for collector flags given in NODE_OPTIONS or to node itself', async () => {
    expect(await keepHeapLean({ NODE_OPTIONS: '--max-semi-space-size=64' }, [])).toBe(false);
    expect(await keepHeapLean({}, ['--semi-space-growth-factor=4'])).toBe(false);
    expect(await keepHeapLean({ NODE_OPTIONS: '--heap-growing-percent=10' }, [])).toBe(false);
  });
});
