import { describe, expect, it } from 'vitest';
import { v3Fake, v5Fake } from '../test-support/fake-accounts.js';
import { jsonLines } from '../test-support/run-pinkit.js';
import { runWithAccount } from '../test-support/run-with-account.js';

describe('pinkit get-user-pins, on a fake account', () => {
  it("lists the user's pins with their board and kind", async () => {
    const run = await runWithAccount(['get-user-pins'], v5Fake());
    expect(run.stdout).toBe('1001  Country loaf  [board 10, section 100]\n1002  Rye (video)  [board 10]\n2 pins listed.\n');
  });

  it('prints one JSON line per pin with --json', async () => {
    const run = await runWithAccount(['get-user-pins', '--json'], v5Fake());
    expect(jsonLines(run.stdout).map((pin) => pin['title'])).toEqual(['Country loaf', 'Rye']);
  });

  it('lists v3 pins by their description', async () => {
    const run = await runWithAccount(['get-user-pins', '-v', '3'], v3Fake());
    expect(run.stdout).toBe('1001  A long rise  [board -]\n1 pins listed.\n');
  });
});
