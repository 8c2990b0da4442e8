import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { tempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
let pinId: string;
beforeAll(async () => {
  sim = await startSimulator({ boards: 2, pinsPerBoard: 2 });
  const listed = await runPinkit(['get-user-pins', '--json'], sim.env());
  pinId = String(JSON.parse(listed.stdout.split('\n')[0]!).id);
});
afterAll(() => sim.stop());

/** `pinkit get-pin` with the code cache in `cache` (XDG_CACHE_HOME). */
async function getPin(cache: string, extra: Record<string, string> = {}) {
  const run = await runPinkit(['get-pin', '-p', pinId, '--json'], { ...sim.env(), XDG_CACHE_HOME: cache, ...extra });
  expect(run.code, run.stderr).toBe(0);
  expect(JSON.parse(run.stdout).id).toBe(pinId);
  return run;
}

const cacheFiles = (cache: string) => readdirSync(join(cache, 'pinkit', 'code-cache'));

describe("the pinkit binary's code cache", () => {
  it('is written by the first run, readable by the user only, and used as it is by the next', async () => {
    const cache = tempDir('pinkit-xdg-cache-');
    await getPin(cache);
    const [file] = cacheFiles(cache);
    expect(file).toMatch(/^pinkit-.*\.bin$/);
    const path = join(cache, 'pinkit', 'code-cache', file!);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const written = statSync(path).mtimeMs;
    await getPin(cache);
    // V8 took the cache: a rejected one would have been written again.
    expect(statSync(path).mtimeMs).toBe(written);
    expect(cacheFiles(cache)).toEqual([file]);
  });

  it('runs as before on a cache file that is garbage, and replaces it', async () => {
    const cache = tempDir('pinkit-xdg-cache-');
    await getPin(cache);
    const path = join(cache, 'pinkit', 'code-cache', cacheFiles(cache)[0]!);
    writeFileSync(path, Buffer.alloc(4096, 7));
    const run = await getPin(cache);
    expect(run.stderr).not.toMatch(/cache|Error/i);
    expect(readFileSync(path).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('is neither read nor written with PINKIT_CODE_CACHE=off', async () => {
    const cache = tempDir('pinkit-xdg-cache-');
    await getPin(cache, { PINKIT_CODE_CACHE: 'off' });
    expect(readdirSync(cache)).toEqual([]);
  });

  it('is left out without a word where it cannot be written', async () => {
    const parent = tempDir('pinkit-xdg-cache-');
    const cache = join(parent, 'a-file');
    writeFileSync(cache, '');
    const run = await getPin(cache);
    expect(run.stderr).not.toMatch(/cache|ENOTDIR/i);
  });
});
