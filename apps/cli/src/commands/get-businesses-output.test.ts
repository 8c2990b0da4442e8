import { describe, expect, it } from 'vitest';
import { v3Fake, v5Fake } from '../test-support/fake-accounts.js';
import { runWithAccount } from '../test-support/run-with-account.js';

describe('pinkit get-businesses, on a fake account', () => {
  it('prints each linked business and counts them', async () => {
    const run = await runWithAccount(['get-businesses'], v5Fake());
    expect(run.stdout).toBe('bakery_hq  https://i.example.com/hq.jpg\n1 linked business.\n');
  });

  it('prints v3 businesses in the same layout', async () => {
    const run = await runWithAccount(['get-businesses', '-v', '3'], v3Fake());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^bakery_hq {2}.*\n1 linked business\.\n$/);
  });
});
