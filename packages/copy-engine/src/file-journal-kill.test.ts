import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '@pinkit/test-support';
import { beforeEach, expect, it } from 'vitest';
import { createFileJournal } from './file-journal.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('copy-journal-kill-');
});

it('survives SIGKILL in the middle of appending: the records read back in order, without gaps', async () => {
  const path = join(dir, 'journal.jsonl');
  const writer = fileURLToPath(new URL('./test-support/journal-writer.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', writer, path], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`journal writer exited early with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;

  const journal = createFileJournal(path);
  const { records, ignoredLines } = await journal.load();
  expect(ignoredLines).toBeLessThanOrEqual(1);
  expect(records.length).toBeGreaterThanOrEqual(104);
  expect(records.map((record) => record.key)).toEqual(records.map((_, index) => `k${index}`));
  await journal.append({ op: 'done', key: 'after', item: 'pin', targetId: 't' });
  await journal.close();
  const reread = await createFileJournal(path).load();
  expect(reread.records.at(-1)).toEqual({ op: 'done', key: 'after', item: 'pin', targetId: 't' });
  expect(reread.records).toHaveLength(records.length + 1);
});
