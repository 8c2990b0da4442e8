import type { ItemKind } from './copy-report.js';

/**
 * One line of the journal. `intent` is written (durably) before a create is sent; `done` after it
 * completed, with the id it got in the target. An intent without a done means "this create may
 * or may not have taken effect": the engine looks in the target before creating again.
 */
export type JournalRecord =
  | { op: 'intent'; key: string }
  // `found`: the item was already in the target and adopted rather than created by this journal.
  | { op: 'done'; key: string; item: ItemKind; targetId: string; found?: true };

export interface JournalContents {
  records: JournalRecord[];
  /** Lines that could not be read, such as the last one of a process killed mid-write. */
  ignoredLines: number;
}

/** Where the engine keeps its journal; one per (source account, target account) pair. */
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
