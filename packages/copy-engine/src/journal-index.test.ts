import { describe, expect, it } from 'vitest';
import { JournalIndex } from './journal-index.js';
import { createMemoryJournal } from './journal-store.js';
import { parseJournalLine } from './parse-journal-line.js';

describe('JournalIndex', () => {
  it('keeps the digest and time noted with an intent and an outcome, and reads them back', async () => {
    const store = createMemoryJournal();
    const { journal } = await JournalIndex.open(store, false);
    await journal.recordIntent('a', { digest: 'd1' });
    expect(journal.lookup('a')).toEqual({ state: 'intent', digest: 'd1' });
    await journal.recordDone('a', 'pin', 'p1', false, { digest: 'd1', at: 5 });
    const reopened = (await JournalIndex.open(store, true)).journal;
    expect(reopened.lookup('a')).toEqual({ state: 'done', targetId: 'p1', found: false, digest: 'd1', at: 5 });
    expect(reopened.isClaimed('pin', 'p1')).toBe(true);
  });

  it('remembers the last failure of a key until it is done, without making the write certain', async () => {
    const store = createMemoryJournal();
    const { journal } = await JournalIndex.open(store, false);
    await journal.recordIntent('a');
    await journal.recordFailed('a', 'Invalid image.', 7, { digest: 'd1' });
    const reopened = (await JournalIndex.open(store, false)).journal;
    expect(reopened.lookup('a')).toEqual({ state: 'intent' });
    expect(reopened.failure('a')).toEqual({ message: 'Invalid image.', at: 7, digest: 'd1' });
    await reopened.recordDone('a', 'pin', 'p1');
    expect(reopened.failure('a')).toBeUndefined();
  });

  it('writes a second intent for a key only when its digest changed, and nothing when read-only', async () => {
    const store = createMemoryJournal();
    const { journal } = await JournalIndex.open(store, false);
    await journal.recordIntent('a', { digest: 'd1' });
    await journal.recordIntent('a', { digest: 'd1' });
    await journal.recordIntent('a', { digest: 'd2' });
    expect(store.records).toEqual([
      { op: 'intent', key: 'a', digest: 'd1' },
      { op: 'intent', key: 'a', digest: 'd2' },
    ]);
    const readOnly = (await JournalIndex.open(store, true)).journal;
    await readOnly.recordFailed('a', 'x', 1);
    await readOnly.recordDone('a', 'pin', 'p');
    expect(store.records).toHaveLength(2);
  });
});

describe('parseJournalLine', () => {
  it('reads the records of copies and of publishing, and rejects malformed ones', () => {
    expect(parseJournalLine('{"op":"done","key":"k","item":"pin","targetId":"1"}')).toEqual({
      op: 'done',
      key: 'k',
      item: 'pin',
      targetId: '1',
    });
    expect(parseJournalLine('{"op":"done","key":"k","item":"pin","targetId":"1","digest":"d","at":3}')).toEqual({
      op: 'done',
      key: 'k',
      item: 'pin',
      targetId: '1',
      digest: 'd',
      at: 3,
    });
    expect(parseJournalLine('{"op":"failed","key":"k","message":"m","at":3}')).toEqual({ op: 'failed', key: 'k', message: 'm', at: 3 });
    expect(parseJournalLine('{"op":"failed","key":"k","message":"m"}')).toBeUndefined();
    expect(parseJournalLine('{"op":"done","key":"k","item":"pin","targetId":"1","at":"soon"}')).toEqual({
      op: 'done',
      key: 'k',
      item: 'pin',
      targetId: '1',
    });
    expect(parseJournalLine('{"op":"intent","key":"k"')).toBeUndefined();
  });
});
