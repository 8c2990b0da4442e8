import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnTerminal } from '../test-support/run-on-terminal.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ boards: 2, pinsPerBoard: 3 });
});
afterAll(() => sim.stop());

const names = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => line.replace(/ \d+:/, ':'));

describe('pinkit get-ads on a terminal', () => {
  it('asks which branch to descend at each level, down to the ads', async () => {
    const run = await runOnTerminal(['get-ads'], sim.env(), ['1', '2', '1']);
    expect(run.code).toBe(0);
    expect(names(run.stdout)).toEqual([
      '[1] Ad account: pinkit_demo ads  [USD, US]',
      '  [1] Campaign: Spring collection  [ACTIVE, AWARENESS]',
      '  [2] Campaign: Evergreen traffic  [PAUSED, CONSIDERATION]',
      '    [1] Ad group: Weekend readers  [PAUSED]',
      '    [2] Ad group: Travellers  [PAUSED]',
      expect.stringMatching(/^ {6}Ad: Weekend readers ad 1 {2}\[PAUSED, pin \d+\]$/),
      expect.stringMatching(/^ {6}Ad: Weekend readers ad 2 {2}\[PAUSED, pin \d+\]$/),
    ]);
    expect(run.stderr).toBe(
      'Which ad account? [1-1, a = all, q = quit] Which campaign? [1-2, a = all, q = quit] Which ad group? [1-2, a = all, q = quit] ',
    );
  });

  it('prints everything below a level for a, asks again after a wrong answer, and stops on q', async () => {
    const all = await runOnTerminal(['get-ads'], sim.env(), ['7', 'x', '1', 'a']);
    expect(all.code).toBe(0);
    expect(all.stderr).toContain('Type a number from 1 to 1, a for all of them, or q to stop.\n');
    const lines = names(all.stdout);
    expect(lines.slice(0, 3)).toEqual([
      '[1] Ad account: pinkit_demo ads  [USD, US]',
      '  [1] Campaign: Spring collection  [ACTIVE, AWARENESS]',
      '  [2] Campaign: Evergreen traffic  [PAUSED, CONSIDERATION]',
    ]);
    expect(lines.slice(3)).toHaveLength(2 + 4 + 8);
    expect(lines[3]).toBe('  Campaign: Spring collection  [ACTIVE, AWARENESS]');
    const quit = await runOnTerminal(['get-ads'], sim.env(), ['q']);
    expect([quit.code, names(quit.stdout)]).toEqual([0, ['[1] Ad account: pinkit_demo ads  [USD, US]']]);
  });

  it('does not ask about the levels the ids pin, and stops when the input ends', async () => {
    const first = await runOnTerminal(['get-ads', '--all-ads', '--json'], sim.env(), []);
    const account = (JSON.parse(first.stdout.split('\n')[0] ?? '{}') as { item: { id: string } }).item.id;
    const run = await runOnTerminal(['get-ads', '--ad-account-id', account], sim.env(), []);
    expect(run.code).toBe(0);
    expect(names(run.stdout)).toEqual([
      'Ad account: pinkit_demo ads  [USD, US]',
      '  [1] Campaign: Spring collection  [ACTIVE, AWARENESS]',
      '  [2] Campaign: Evergreen traffic  [PAUSED, CONSIDERATION]',
    ]);
    expect(run.stderr).toBe('Which campaign? [1-2, a = all, q = quit] ');
    expect(first.stderr).toBe('');
  });
});
