import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '@pinkit/test-support';
import { expect, it } from 'vitest';
import { publishPlan } from './publish-plan.js';
import { fileAccount } from './test-support/file-account.js';

it('publishes every row exactly once when the run is SIGKILLed midway and run again', async () => {
  const dir = tempDir('publish-kill-');
  const plan = join(dir, 'plan.csv');
  const store = join(dir, 'account.jsonl');
  const titles = Array.from({ length: 40 }, (_, index) => `Pin ${index + 1}`);
  writeFileSync(plan, ['board,title,media', ...titles.map((title, index) => `Recipes,${title},https://img.test/${index}.jpg`)].join('\n'));
  const runner = fileURLToPath(new URL('./test-support/publish-runner.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', runner, plan, store], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`publish runner exited early with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;

  const account = fileAccount(store, [{ id: 'b1', name: 'Recipes' }], 0);
  const before = account.pins().length;
  expect(before).toBeGreaterThanOrEqual(5);
  expect(before).toBeLessThan(40);
  // The killed run's lock is taken over: its holder is gone.
  const report = await publishPlan({ plan, account, writesPerSecond: 1000, retryBaseDelayMs: 10, resumeSettleMs: 100 });
  expect(report.counts).toMatchObject({ published: 40, failed: 0, changed: 0 });
  expect(report.counts.publishedNow).toBe(40 - report.rows.filter((row) => row.state === 'published' && row.via === 'journal').length);
  expect(
    account
      .pins()
      .map((pin) => pin.title)
      .sort(),
  ).toEqual([...titles].sort());
});
