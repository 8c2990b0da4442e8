import type { ItemKind } from './copy-report.js';

/**
 * What an engine may add to a record about the content it wrote: `digest` fingerprints the
 * content (so a later run can tell it changed under the same key), `at` when it happened (ms).
 */
export interface RecordNote {
  digest?: string;
  at?: number;
}

/**
 * One line of the journal. `intent` is written (durably) before a create is sent; `done` after it
 * completed, with the id it got in the target. An intent without a done means "this create may
 * or may not have taken effect": the engine looks in the target before creating again. `failed`
 * says why the last attempt gave up, for status listings; it does not make a write certain.
 */
export type JournalRecord =
  | ({ op: 'intent'; key: string } & RecordNote)
  // `found`: the item was already in the target and adopted rather than created by this journal.
  | ({ op: 'done'; key: string; item: ItemKind; targetId: string; found?: true } & RecordNote)
  | ({ op: 'failed'; key: string; message: string; at: number } & Omit<RecordNote, 'at'>);

export interface JournalContents {
  records: JournalRecord[];
  /** Lines that could not be read, such as the last one of a process killed mid-write. */
  ignoredLines: number;
}

/** Where an engine keeps its journal: one per (source account, target account) pair for copies, one per plan for publishing. */
export interface JournalStore {
  load(): Promise<JournalContents>;
  /** Resolves only once the record is durable (on disk, fsynced, for the file journal). */
  append(record: JournalRecord): Promise<void>;
  close(): Promise<void>;
}

/** A journal that lives as long as the process: for tests and for copies nobody will resume. */
export function createMemoryJournal(): JournalStore & { readonly records: readonly JournalRecord[] } {
  const records: JournalRecord[] = [];
  return {
    records,
    load: async () => ({ records: [...records], ignoredLines: 0 }),
    append: async (record) => {
      records.push(record);
    },
    close: async () => {},
  };
}
