import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PINKIT_BIN, TEST_HOME } from '../test-support/run-pinkit.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ boards: 3, pinsPerBoard: 20 });
});
afterAll(() => sim.stop());

function start(args: string[], stdout: 'pipe' | number) {
  return spawn(process.execPath, [PINKIT_BIN, ...args], {
    env: { PATH: process.env.PATH, HOME: TEST_HOME, ...sim.env() },
    stdio: ['ignore', stdout, 'pipe'],
  });
}

function finished(child: ReturnType<typeof start>): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('pinkit writing to a stdout that goes away', () => {
  it('stops quietly with exit 0, and stops paging, when the reader closes the pipe after one line', async () => {
    // One pin a page: the full listing is 60 requests, logged at -l 1.
    const child = start(['get-user-pins', '-ps', '1', '-l', '1'], 'pipe');
    const done = finished(child);
    let first = '';
    child.stdout!.on('data', (chunk) => {
      first += chunk;
      if (first.includes('\n')) child.stdout!.destroy();
    });
    const { code, stderr } = await done;
    expect(first.split('\n')[0]).toMatch(/^\d+ {2}/);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|pinkit:/);
    expect(stderr.match(/GET .*\/v5\/pins/g)?.length ?? 0).toBeLessThan(10);
  });

  it.skipIf(!existsSync('/dev/full'))('fails with exit 1 and one line when a write fails for another reason (ENOSPC)', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const { code, stderr } = await finished(start(['get-user-pins', '-l', '0'], full));
      expect(code).toBe(1);
      expect(stderr).toBe('pinkit: Could not write the output: ENOSPC: no space left on device, write\n');
    } finally {
      closeSync(full);
    }
  });
});
