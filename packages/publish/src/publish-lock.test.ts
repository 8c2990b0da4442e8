import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JournalLockedError } from '@pinkit/copy-engine';
import { tempDir } from '@pinkit/test-support';
import { expect, it } from 'vitest';
import { PlanValidationError } from './publish-errors.js';
import { defaultJournalPath, publishPlan } from './publish-plan.js';
import { FakePublishAccount } from './test-support/fake-publish-account.js';

it('refuses a second run of the same plan while the first is publishing, and keeps the journal private beside the plan', async () => {
  const dir = tempDir('publish-lock-');
  const plan = join(dir, 'plan.csv');
  writeFileSync(plan, 'board,title,media\nRecipes,One,https://img.test/1.jpg\nRecipes,Two,https://img.test/2.jpg\n');
  const account = new FakePublishAccount(['Recipes']);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const createPin = account.createPin.bind(account);
  account.createPin = async (input) => {
    await held;
    return createPin(input);
  };
  const first = publishPlan({ plan, account });
  await new Promise((resolve) => setTimeout(resolve, 100));
  await expect(publishPlan({ plan, account })).rejects.toBeInstanceOf(JournalLockedError);
  // A dry run reads the journal without the lock, so it may look while a run is under way.
  await expect(publishPlan({ plan, account, dryRun: true })).resolves.toMatchObject({ counts: { due: 2 } });
  release();
  await expect(first).resolves.toMatchObject({ counts: { publishedNow: 2 } });
  await expect(publishPlan({ plan, account })).resolves.toMatchObject({ counts: { published: 2, publishedNow: 0 } });
  const journal = defaultJournalPath(plan);
  expect(journal).toBe(`${plan}.journal.jsonl`);
  expect(statSync(journal).mode & 0o777).toBe(0o600);
  expect(existsSync(`${journal}.lock`)).toBe(false);
  expect(account.pins).toHaveLength(2);
});

it('refuses a plan it cannot read before making a journal for it', async () => {
  const dir = tempDir('publish-missing-');
  const plan = join(dir, 'missing', 'plan.csv');
  const error = await publishPlan({ plan, account: new FakePublishAccount() }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PlanValidationError);
  expect((error as PlanValidationError).problems).toEqual([{ row: 0, message: expect.stringContaining(`Cannot read the plan ${plan}`) }]);
  expect(existsSync(join(dir, 'missing'))).toBe(false);
});
