import { describe, expect, it } from 'vitest';
import { v5Fake } from '../test-support/fake-accounts.js';
import { jsonLines } from '../test-support/run-pinkit.js';
import { runWithAccount } from '../test-support/run-with-account.js';

describe('pinkit get-ads, on a fake account', () => {
  it('prints the whole tree with --all-ads', async () => {
    const run = await runWithAccount(['get-ads', '--all-ads'], v5Fake());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Ad account 5491: Bakery ads  [USD, US]',
        '  Campaign 61: Spring  [ACTIVE, AWARENESS]',
        '    Ad group 71: Loaves  [ACTIVE]',
        '      Ad 81: Loaf ad  [ACTIVE, pin 1001]',
        '',
      ].join('\n'),
    );
  });

  it('prints each object of the tree as a JSON line with --json', async () => {
    const run = await runWithAccount(['get-ads', '--all-ads', '--json'], v5Fake());
    const lines = jsonLines(run.stdout).map((line) => [line['kind'], (line['item'] as { id: string }).id]);
    expect(lines).toEqual([
      ['ad_account', '5491'],
      ['campaign', '61'],
      ['ad_group', '71'],
      ['ad', '81'],
    ]);
  });
});
