import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 1 });
});
afterAll(() => sim.stop());

describe('pinkit get-terms', () => {
  it('-r prints the terms related to each term, comma-separated or as several arguments', async () => {
    const run = await runPinkit(['get-terms', 'workout,zeppelin', '-r', '-l', '0'], sim.env());
    expect(run).toEqual({
      code: 0,
      stdout:
        'workout: workout motivation, workout plan, home workout, yoga workout, one song workout\n' +
        'zeppelin: easy zeppelin, cute zeppelin, simple zeppelin, modern zeppelin, zeppelin ideas\n',
      stderr: '',
    });
    expect((await runPinkit(['get-terms', '--related', 'workout', 'zeppelin', '-l', '0'], sim.env())).stdout).toBe(run.stdout);
    const json = jsonLines((await runPinkit(['get-terms', 'workout', '-r', '--json', '-l', '0'], sim.env())).stdout);
    expect(json).toEqual([{ term: 'workout', related_terms: expect.arrayContaining(['yoga workout']) }]);
  });

  it('-s prints searches that begin with the term: four by default, -n of them when given', async () => {
    const run = await runPinkit(['get-terms', 'sport', '-s', '-l', '0'], sim.env());
    expect(run.stdout).toBe('sports bar\nsportswear\nsports nutrition\nsport ideas\n');
    const two = await runPinkit(['get-terms', 'home office', '--suggested', '-n', '2', '--json', '-l', '0'], sim.env());
    expect(
      two.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(['home office ideas', 'home office aesthetic']);
  });

  it('refuses each wrong combination before any request (exit 2, one line naming the flags)', async () => {
    const requests = sim.stats.requests;
    const cases: Array<[string[], RegExp]> = [
      [['workout'], /^pinkit: Give exactly one of -r\/--related and -s\/--suggested\.\n$/],
      [['workout', '-r', '-s'], /^pinkit: Give exactly one of -r\/--related and -s\/--suggested\.\n$/],
      [['workout', '-r', '-n', '3'], /^pinkit: -n\/--limit goes with -s\/--suggested/],
      [['-r'], /^pinkit: Give the terms to relate/],
      [[' , ', '-r'], /^pinkit: Give the terms to relate/],
      [['-s'], /^pinkit: Give the term: get-terms TERM -s\.\n$/],
      [['home', 'office', '-s'], /^pinkit: -s takes one term/],
      [['sport', '-s', '-n', '0'], /-n.*\[1; 10\]/],
      [['sport', '-s', '-n', '11'], /-n.*\[1; 10\]/],
      [['sport', '-s', '-n', 'many'], /-n/],
    ];
    for (const [args, stderr] of cases) {
      const run = await runPinkit(['get-terms', ...args], sim.env());
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(run.stderr).toMatch(stderr);
    }
    expect(sim.stats.requests).toBe(requests);
  });
});
