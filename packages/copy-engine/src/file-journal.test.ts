import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFileJournal } from './file-journal.js';
import type { JournalRecord } from './journal-store.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('copy-journal-');
});

const done = (key: string, targetId: string): JournalRecord => ({ op: 'done', key, item: 'pin', targetId });

describe('createFileJournal', () => {
  it('reads back what it appended, one JSON line per record, creating its directory', async () => {
    const path = join(dir, 'nested', 'journal.jsonl');
    const journal = createFileJournal(path);
    expect(await journal.load()).toEqual({ records: [], ignoredLines: 0 });
    await journal.append({ op: 'intent', key: 'a' });
    await journal.append(done('a', 't1'));
    await journal.close();
    expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(3);
    expect(await createFileJournal(path).load()).toEqual({
      records: [{ op: 'intent', key: 'a' }, done('a', 't1')],
      ignoredLines: 0,
    });
  });

  it('keeps every record of many concurrent appends', async () => {
    const path = join(dir, 'journal.jsonl');
    const journal = createFileJournal(path);
    await Promise.all(Array.from({ length: 50 }, (_, index) => journal.append(done(`k${index}`, `t${index}`))));
    await journal.close();
    const { records } = await createFileJournal(path).load();
    expect(records.map((record) => record.key).sort()).toEqual(
      Array.from({ length: 50 }, (_, index) => `k${index}`).sort(),
    );
  });

  it('ignores a torn last line and writes the next record on a line of its own', async () => {
    const path = join(dir, 'journal.jsonl');
    const first = createFileJournal(path);
    await first.append(done('a', 't1'));
    await first.close();
    // What a process killed in the middle of a write leaves behind.
    await appendFile(path, '{"op":"done","key":"b","ite');
    const second = createFileJournal(path);
    expect(await second.load()).toEqual({ records: [done('a', 't1')], ignoredLines: 1 });
    await second.append(done('c', 't3'));
    await second.close();
    expect(await createFileJournal(path).load()).toEqual({
      records: [done('a', 't1'), done('c', 't3')],
      ignoredLines: 1,
    });
  });

  it('rejects an append it could not make durable with a JournalError naming the path', async () => {
    const journal = createFileJournal(dir);
    await expect(journal.append(done('a', 't1'))).rejects.toMatchObject({ name: 'JournalError', path: dir });
  });
});
