import { describe, expect, it } from 'vitest';
import { v3Fake, v5Fake } from '../test-support/fake-accounts.js';
import { runWithAccount } from '../test-support/run-with-account.js';

describe('pinkit get-user-boards, on a fake account', () => {
  it('lists every board, the empty ones too, and counts them', async () => {
    const run = await runWithAccount(['get-user-boards'], v5Fake());
    expect(run.stdout).toBe('10  Breads  [PUBLIC, 2 pins]\n11  Empty  [SECRET, 0 pins]\n2 boards listed.\n');
  });

  it('leaves out the empty boards with --no-include-empty', async () => {
    const run = await runWithAccount(['get-user-boards', '--no-include-empty'], v5Fake());
    expect(run.stdout).toBe('10  Breads  [PUBLIC, 2 pins]\n1 boards listed.\n');
  });

  it('asks for pages of the size given', async () => {
    const account = v5Fake();
    await runWithAccount(['get-user-boards', '-ps', '1'], account);
    expect(account.calls[0]).toMatchObject({ capability: 'listBoards', args: [{ pageSize: 1 }] });
  });

  it("prints v3's privacy as v5 does", async () => {
    const run = await runWithAccount(['get-user-boards', '-v', '3'], v3Fake());
    expect(run.stdout).toBe('10  Breads  [PUBLIC, 1 pins]\n1 boards listed.\n');
  });
});
