import { describe, expect, it } from 'vitest';
import { v3Fake, v5Fake } from '../test-support/fake-accounts.js';
import { jsonLines } from '../test-support/run-pinkit.js';
import { runWithAccount } from '../test-support/run-with-account.js';

describe('pinkit get-board, on a fake account', () => {
  it('prints the board, then with --pins its sections and pins', async () => {
    const run = await runWithAccount(['get-board', '-b', '10', '--pins'], v5Fake());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Board 10: Breads',
        '  privacy: PUBLIC  pins: 2  followers: 4',
        '  description: Crusty',
        '  section 100: Sourdough',
        'Pins:',
        '1001  Country loaf  [board 10, section 100]',
        '1002  Rye (video)  [board 10]',
        '2 pins listed.',
        '',
      ].join('\n'),
    );
  });

  it('prints the board and then each pin as JSON lines, without the notes', async () => {
    const run = await runWithAccount(['get-board', '-b', '10', '--pins', '--json'], v5Fake());
    expect(jsonLines(run.stdout).map((line) => line['id'])).toEqual(['10', '1001', '1002']);
  });

  it("prints v3's board and section in v5's layout", async () => {
    const run = await runWithAccount(['get-board', '-b', '10', '--pins', '-v', '3'], v3Fake());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  privacy: PUBLIC  pins: 1  followers: -\n');
    expect(run.stdout).toContain('  section 100: Sourdough\n');
    expect(run.stdout).toContain('1001  A long rise  [board -]\n');
  });
});
