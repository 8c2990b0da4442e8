import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 1 });
});
afterAll(() => sim.stop());

describe('pinkit get-businesses', () => {
  it('prints each linked business and how many there are', async () => {
    const run = await runPinkit(['get-businesses', '-l', '0'], sim.env());
    expect(run).toEqual({
      code: 0,
      stdout: 'pinkit_demo_shop  https://i.pinimg.com/140x140_RS/pinkit_demo_shop.jpg\n1 linked business.\n',
      stderr: '',
    });
  });

  it('prints each as Pinterest sent it with --json, and nothing for a user without any', async () => {
    const run = await runPinkit(['get-businesses', '--json', '-l', '0'], sim.env());
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ username: 'pinkit_demo_shop', image_small_url: expect.any(String) })]);
    const none = await runPinkit(['get-businesses', '-l', '0'], { ...sim.env(), ACCESS_TOKEN: sim.env().TARGET_ACCESS_TOKEN });
    expect([none.code, none.stdout]).toEqual([0, '0 linked businesses.\n']);
  });

  it('takes no arguments', async () => {
    const run = await runPinkit(['get-businesses', 'extra'], sim.env());
    expect(run.code).toBe(2);
  });
});
