import { appendFile, chmod, readFile, stat, writeFile } from 'node:fs/promises';
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
    expect(records.map((record) => record.key).sort()).toEqual(Array.from({ length: 50 }, (_, index) => `k${index}`).sort());
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

  it('keeps the journal, its lock and the folders it creates private even under umask 000', async () => {
    await chmod(dir, 0o755);
    const path = join(dir, 'state', 'pinkit', 'journal.jsonl');
    const mode = async (file: string) => ((await stat(file)).mode & 0o777).toString(8);
    const umask = process.umask(0);
    try {
      const journal = createFileJournal(path, { lock: true });
      await journal.append(done('a', 't1'));
      expect([await mode(join(dir, 'state')), await mode(join(dir, 'state', 'pinkit'))]).toEqual(['700', '700']);
      expect([await mode(path), await mode(`${path}.lock`)]).toEqual(['600', '600']);
      await journal.close();
      // A folder that was already there is the user's business.
      expect(await mode(dir)).toBe('755');
      // A journal an earlier version left open to others is made private when next written.
      const loose = join(dir, 'loose.jsonl');
      await writeFile(loose, '', { mode: 0o666 });
      const again = createFileJournal(loose);
      await again.append(done('b', 't2'));
      await again.close();
      expect(await mode(loose)).toBe('600');
    } finally {
      process.umask(umask);
    }
  });

  it('rejects an append it could not make durable with a JournalError naming the path', async () => {
    const journal = createFileJournal(dir);
    await expect(journal.append(done('a', 't1'))).rejects.toMatchObject({ name: 'JournalError', path: dir });
  });
});
