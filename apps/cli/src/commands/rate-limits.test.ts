import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterEach, describe, expect, it } from 'vitest';
import { expectTargetEqualsSource } from '../test-support/board-contents.js';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { rateLimitsOf } from '../sim/rate-limits-of.js';

const copyAll = ['copy-board', '--all', '-s', 'access_token', '-t', 'target_access_token'];

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

describe('pinkit copy-board under rate limits', () => {
  it('copies at the limit the answers tell it, told nothing, with few 429s and every pin exactly once', async () => {
    // Pinterest's documented limits, but org_write at 5 a second with a bucket of 5 instead of 100
    // a minute, so that the copy outruns its bucket within seconds. The CLI starts from the
    // documented 100 a minute and must learn the real limit from the X-RateLimit headers.
    sim = await startSimulator({ boards: 3, pinsPerBoard: 12, latencyMs: 10, rateLimits: rateLimitsOf(['org_write=5/s']) });
    const run = await runPinkit([...copyAll, '-l', '1'], sim.env());
    expect(run.code, run.stderr).toBe(0);
    const { writes, rateLimited } = sim.stats;
    expect(writes).toBeGreaterThan(15);
    expect(rateLimited).toBeLessThanOrEqual(Math.floor(writes * 0.05));
    await expectTargetEqualsSource(sim, 15);
  });

  it('copies under the documented limits as they are, without a single 429', async () => {
    sim = await startSimulator({ boards: 3, pinsPerBoard: 12 });
    const run = await runPinkit([...copyAll, '-l', '1'], sim.env());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/RateLimitError|rate limited/);
    expect(sim.stats.rateLimited).toBe(0);
    await expectTargetEqualsSource(sim, 15);
  });
});

describe('pinkit get-user-pins under rate limits', () => {
  it('lists every pin at the org_read limit the answers tell it, without a 429', async () => {
    // org_read at 10 a second with a bucket of 10 instead of 1000 a minute; pages of 5 make the
    // listing several times the bucket.
    sim = await startSimulator({ boards: 5, pinsPerBoard: 30, rateLimits: rateLimitsOf(['org_read=10/s']) });
    const run = await runPinkit(['get-user-pins', '-ps', '5', '--json', '-l', '1'], sim.env());
    expect(run.code, run.stderr).toBe(0);
    expect(jsonLines(run.stdout).length).toBeGreaterThan(100);
    expect(sim.stats.requests).toBeGreaterThan(20);
    expect(sim.stats.rateLimited).toBe(0);
  });
});
