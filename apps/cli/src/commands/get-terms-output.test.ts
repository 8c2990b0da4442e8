import { describe, expect, it } from 'vitest';
import { v3Fake, v5Fake } from '../test-support/fake-accounts.js';
import { runWithAccount } from '../test-support/run-with-account.js';

describe('pinkit get-terms, on a fake account', () => {
  it('prints each term with its related terms', async () => {
    const account = v5Fake();
    const run = await runWithAccount(['get-terms', 'bread', '-r'], account);
    expect([run.code, run.stdout]).toEqual([0, 'bread: sourdough, rye\n']);
    expect(account.calls).toEqual([{ capability: 'getRelatedTerms', args: [['bread']] }]);
  });

  it('prints at most -n suggestions', async () => {
    const run = await runWithAccount(['get-terms', 'bread', '-s', '-n', '2'], v5Fake());
    expect(run.stdout).toBe('bread machine\nbread recipe\n');
  });

  it('refuses v3 in one line before opening an account', async () => {
    const run = await runWithAccount(['get-terms', 'bread', '-r', '-v', '3'], v3Fake());
    expect([run.code, run.stderr, run.opened]).toEqual([
      2,
      'pinkit: get-terms: API v3 never had this command; it needs -v 5 (the default).\n',
      [],
    ]);
  });
});
