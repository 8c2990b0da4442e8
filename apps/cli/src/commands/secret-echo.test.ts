import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';

const PASTED = 'pina_AMAZBYIXACWOGAYAGBAHQDRZ2J7QFGQBACGSPD6TQHSP4ROSW6SNKNOWFWH7EXUX5OFK4NNJTDLGVHT5IKWVE3ZR6KE3B4QA';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ boards: 2, pinsPerBoard: 2 });
});
afterAll(() => sim.stop());

describe('secrets the user typed in the wrong place', () => {
  it('keeps a login in PINTEREST_API_URI out of request lines and error lines', async () => {
    const env = { ...sim.env(), PINTEREST_API_URI: sim.url.replace('http://', 'http://alice:s3cret@') };
    const ok = await runPinkit(['get-user-boards', '-l', '3'], env);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/GET http:\/\/\[REDACTED\]@127\.0\.0\.1:\d+\/v5\/boards/);
    const unreachable = await runPinkit(['get-user-boards', '-l', '0'], { ...env, PINTEREST_API_URI: 'http://alice:s3cret@127.0.0.1:1' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^pinkit: Cannot reach Pinterest: GET http:\/\/\[REDACTED\]@127\.0\.0\.1:1\/v5\/boards/);
    for (const run of [ok, unreachable]) expect(`${run.stdout}${run.stderr}`).not.toMatch(/s3cret|alice/);
  });

  it.each([
    ['get-user-boards', '-a', PASTED],
    ['copy-board', '-b', '1', '-s', 'access_token', '-t', PASTED],
  ])('refuses a token given where its name belongs, without repeating it (%s)', async (...args) => {
    const run = await runPinkit(args, sim.env());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pinkit: -[ast]\/--(?:[a-z]+-)?access-token takes the name of a token \(such as "access_token"\)[^\n]*\n$/);
    expect(`${run.stdout}${run.stderr}`).not.toContain('AMAZBYIX');
  });
});
