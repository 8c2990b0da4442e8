import { setTimeout as delay } from 'node:timers/promises';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterEach, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';
import { runUntilPins } from '../test-support/run-until-pins.js';
import { v3BoardContents, v3Env } from '../test-support/v3-board-contents.js';

// A cross-account copy on API v3 killed with SIGKILL while its writes are in flight, then run
// again: the journal, and the lookups of what an unanswered write may have made, must end with
// every pin in the target exactly once.

const copyAll = ['copy-board', '--all', '-s', 'access_token', '-t', 'target_access_token'];

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

const pinLines = (lines: string[]) => lines.filter((line) => line.split('/').length > 3);

describe('pinkit copy-board -v 3, killed and resumed', () => {
  it('ends with every pin in the target exactly once after a SIGKILL with writes in flight', async () => {
    // The simulator waits before it handles a request: writes sent before the kill land after it, unanswered.
    sim = await startSimulator({ boards: 3, pinsPerBoard: 25, latencyMs: 60 });
    const env = v3Env(sim);
    const killed = await runUntilPins([...copyAll, '--writes-per-second', '100', '--concurrency', '8'], env, 6, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    const reported = killed.stderr.match(/^ {2}pin \d+ -> \d+: created$/gm)?.length ?? 0;
    await delay(300);
    const landed = pinLines(await v3BoardContents(sim, env.TARGET_ACCESS_TOKEN!)).length;
    // More pins landed than the killed run heard of: some writes were in flight when it died.
    expect(landed).toBeGreaterThan(reported);

    sim.configure({ latencyMs: 0 });
    const resumed = await runPinkit([...copyAll, '--writes-per-second', '200'], env);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/Already copied by an earlier run: \d+ boards?, \d+ sections?, [1-9]\d* pins/);
    // The writes the killed run never heard back from were found in the target, not made again.
    expect(resumed.stderr).toMatch(/^ {2}pin \d+ -> \d+: found in the target/m);
    const source = await v3BoardContents(sim, env.ACCESS_TOKEN!);
    expect(pinLines(source).length).toBeGreaterThan(40);
    expect(await v3BoardContents(sim, env.TARGET_ACCESS_TOKEN!)).toEqual(source);
  });
});
