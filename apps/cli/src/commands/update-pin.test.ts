import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Pin } from '@pinkit/api-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
let pin: Pin;
const reread = (id: string) => createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).pins.get(id);
beforeAll(async () => {
  sim = await startSimulator({ boards: 2, pinsPerBoard: 3 });
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  for await (const candidate of client.pins.list()) {
    pin = candidate;
    break;
  }
});
afterAll(() => sim.stop());

describe('pinkit update-pin', () => {
  it('changes the fields given, leaves the others, and prints the pin', async () => {
    const args = ['update-pin', '-p', pin.id, '--title', 'Country loaf', '--alt-text', 'A loaf on a board', '--json', '-l', '0'];
    const run = await runPinkit(args, sim.env());
    expect([run.code, run.stderr]).toEqual([0, '']);
    const [updated] = jsonLines(run.stdout);
    expect(updated).toMatchObject({ id: pin.id, title: 'Country loaf', alt_text: 'A loaf on a board', description: pin.description });
    expect(await reread(pin.id)).toMatchObject({ title: 'Country loaf', alt_text: 'A loaf on a board', link: pin.link });
  });

  it('prints a summary for people and logs the PATCH', async () => {
    const run = await runPinkit(
      ['update-pin', '-p', pin.id, '--description', 'A long rise', '--link', 'https://example.com/loaf'],
      sim.env(),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Pin ${pin.id}: Country loaf\\n`));
    expect(run.stdout).toContain('  link: https://example.com/loaf\n  description: A long rise\n');
    expect(run.stderr).toMatch(new RegExp(`PATCH ${sim.url}/v5/pins/${pin.id} -> 200`));
  });

  it('reports what Pinterest refuses (a link that is no URL) in one line with the request id', async () => {
    const run = await runPinkit(['update-pin', '-p', pin.id, '--link', 'not a link', '-l', '0'], sim.env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pinkit: .*link.*\(request id [0-9a-f]+\)\n$/);
  });

  it('asks for a change and for the pin, without calling Pinterest', async () => {
    const none = await runPinkit(['update-pin', '-p', pin.id], sim.env());
    expect([none.code, none.stderr]).toEqual([2, 'pinkit: Give at least one of --title, --description, --link and --alt-text.\n']);
    const noPin = await runPinkit(['update-pin', '--title', 'x'], sim.env());
    expect([noPin.code, noPin.stderr]).toEqual([2, 'pinkit: Missing -p/--pin-id: which pin to change.\n']);
  });

  it('is refused on API v3 in one line, before any token is looked for', async () => {
    const run = await runPinkit(['update-pin', '-p', pin.id, '--title', 'x', '-v', '3'], { PINTEREST_API_URI: sim.url });
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe('pinkit: update-pin: API v3 never had this command; it needs -v 5 (the default).\n');
  });
});
