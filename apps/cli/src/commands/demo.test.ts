import { describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';

describe('pinkit demo', () => {
  it('starts the simulator, lists boards, shows a board with pins and a pin, and stops', async () => {
    const run = await runPinkit(['demo']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("== The demo account's boards: pinkit get-user-boards");
    expect(run.stderr).toContain('== One board with its sections and pins: pinkit get-board -b');
    expect(run.stderr).toContain('== One pin: pinkit get-pin -p');
    expect(run.stdout).toMatch(/boards listed\./);
    expect(run.stdout).toMatch(/^Board \d+: /m);
    expect(run.stdout).toMatch(/^Pin \d+: /m);
  });
});
