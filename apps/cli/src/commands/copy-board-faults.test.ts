import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterEach, describe, expect, it } from 'vitest';
import { expectTargetEqualsSource } from '../test-support/board-contents.js';
import { runPinkit } from '../test-support/run-pinkit.js';
import { runUntilPins } from '../test-support/run-until-pins.js';

const copyAll = ['copy-board', '--all', '-s', 'access_token', '-t', 'target_access_token'];

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

describe('pinkit copy-board under faults', () => {
  it('copies every pin exactly once when 5% of requests fail, converging over reruns', async () => {
    // Reruns bring its writes near org_write's 100 a minute; this test is about faults, not limits.
    sim = await startSimulator({ boards: 5, pinsPerBoard: 24, faultRate: 0.05, seed: 7, rateLimits: { org_write: '1000/min' } });
    const runs: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const run = await runPinkit([...copyAll, '--writes-per-second', '200', '-l', '0'], sim.env());
      runs.push(run.code ?? -1);
      if (run.code === 0) break;
      // A run with failures says so, and exits 1 for the caller to run it again.
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/Failed: [1-9]/);
    }
    expect(runs.at(-1)).toBe(0);
    expect(sim.stats.faults).toBeGreaterThan(0);
    await expectTargetEqualsSource(sim);
  });

  it('leaves the target identical to the source after being killed (SIGKILL) at several points and run again', async () => {
    sim = await startSimulator({ boards: 4, pinsPerBoard: 16, latencyMs: 5 });
    for (const pins of [2, 9, 20]) {
      const killed = await runUntilPins([...copyAll, '--writes-per-second', '40'], sim.env(), pins, 'SIGKILL');
      expect(killed.signal).toBe('SIGKILL');
    }
    const finished = await runPinkit([...copyAll, '-l', '0'], sim.env());
    expect(finished.code).toBe(0);
    expect(finished.stdout).toMatch(/Already copied by an earlier run: \d+ boards?, \d+ sections?, [1-9]\d* pins/);
    await expectTargetEqualsSource(sim);
  });

  it('stops on Ctrl-C with the partial report and exit code 130, and resumes when run again', async () => {
    sim = await startSimulator({ boards: 4, pinsPerBoard: 16, latencyMs: 5 });
    const interrupted = await runUntilPins([...copyAll, '--writes-per-second', '40'], sim.env(), 5, 'SIGINT');
    expect(interrupted.code).toBe(130);
    expect(interrupted.stdout).toMatch(/^Copy interrupted: copied \d+ boards?, \d+ sections?, \d+ pins\./);
    expect(interrupted.stderr).toContain('Stopping: letting the writes in flight finish');
    expect(interrupted.stderr).toMatch(/Interrupted: run the same command again to resume\.\n$/);
    const resumed = await runPinkit([...copyAll, '--writes-per-second', '200', '-l', '0'], sim.env());
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    await expectTargetEqualsSource(sim);
  });

  it('quits at once on a second Ctrl-C, and the journal still makes the rerun exact', async () => {
    // Slow answers keep writes in flight when the second Ctrl-C arrives.
    sim = await startSimulator({ boards: 4, pinsPerBoard: 16, latencyMs: 300 });
    const quit = await runUntilPins([...copyAll, '--writes-per-second', '40'], sim.env(), 3, 'SIGINT', true);
    expect(quit.code).toBe(130);
    expect(quit.stdout).toBe('');
    sim.configure({ latencyMs: 0 });
    const resumed = await runPinkit([...copyAll, '--writes-per-second', '200', '-l', '0'], sim.env());
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    await expectTargetEqualsSource(sim);
  });
});
