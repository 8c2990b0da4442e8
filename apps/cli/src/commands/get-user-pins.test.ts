import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client } from '@pinkit/api-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
let expected: string[];
beforeAll(async () => {
  sim = await startSimulator({ boards: 5, pinsPerBoard: 12 });
  const pinterest = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  const pins = [];
  for await (const board of pinterest.boards.list()) {
    for await (const pin of pinterest.boards.listPins(board.id as string)) pins.push(pin);
  }
  expected = pins.sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '')).map((pin) => pin.id as string);
});
afterAll(() => sim.stop());

describe('pinkit get-user-pins', () => {
  it('streams every pin of every board, newest first, in one listing of GET /v5/pins', async () => {
    const requests = sim.stats.requests;
    const run = await runPinkit(['get-user-pins', '-ps', '5', '--json', '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((p) => p.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(40);
    // One request per page of five, and none per board.
    expect(sim.stats.requests - requests).toBe(Math.ceil(expected.length / 5));
    const logged = await runPinkit(['get-user-pins', '-ps', '250', '-l', '2'], sim.env());
    expect(logged.stderr.match(/^GET \S+/gm)).toEqual([expect.stringMatching(/\/v5\/pins\?page_size=250$/)]);
  });

  it('prints a line per pin and the total for people', async () => {
    const run = await runPinkit(['get-user-pins'], sim.env());
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(expected.length + 1);
    expect(run.stdout).toContain(`${expected.length} pins listed.`);
  });

  it('rejects a bad page size', async () => {
    const run = await runPinkit(['get-user-pins', '-ps', '0'], sim.env());
    expect(run.code).toBe(2);
  });
});
