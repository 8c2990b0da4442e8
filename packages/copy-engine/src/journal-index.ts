import type { ItemKind } from './copy-report.js';
import type { JournalStore, RecordNote } from './journal-store.js';
import { checkJournalIndexArguments } from './check-engine-arguments.js';

/** `found`: the item was adopted from the target rather than created through this journal. */
export type JournalState =
  | { state: 'done'; targetId: string; found: boolean; digest?: string; at?: number }
  | { state: 'intent'; digest?: string }
  | { state: 'new' };

/** The last failure recorded for a key that is not done: what a status listing says about it. */
export interface JournalFailure {
  message: string;
  at: number;
  digest?: string;
}

/**
 * The journal as an index: what is mapped, what was attempted, which target ids are taken. One
 * index serves every engine that writes exactly once (board copying, publishing): each names
 * its entries with its own keys.
 */
export class JournalIndex {
  readonly #store: JournalStore;
  readonly #readOnly: boolean;
  readonly #done = new Map<string, { targetId: string; found: boolean; digest?: string; at?: number }>();
  readonly #intents = new Map<string, RecordNote>();
  readonly #failures = new Map<string, JournalFailure>();
  readonly #claimed = new Map<ItemKind, Set<string>>();

  private constructor(store: JournalStore, readOnly: boolean) {
    this.#store = store;
    this.#readOnly = readOnly;
  }

  /** `readOnly` (dry runs, status listings) reads what earlier runs did but never appends. */
  static async open(store: JournalStore, readOnly: boolean): Promise<{ journal: JournalIndex; ignoredLines: number }> {
    checkJournalIndexArguments(store, readOnly);
    const journal = new JournalIndex(store, readOnly);
    const { records, ignoredLines } = await store.load();
    for (const record of records) {
      if (record.op === 'intent') journal.#intents.set(record.key, noteOf(record));
      else if (record.op === 'failed') journal.#failures.set(record.key, { message: record.message, at: record.at, ...noteOf(record) });
      else journal.#markDone(record.key, record.item, record.targetId, record.found === true, noteOf(record));
    }
    return { journal, ignoredLines };
  }

  /** Writes an earlier run started and never saw finish: they may still land. */
  get unfinished(): number {
    let count = 0;
    for (const key of this.#intents.keys()) if (!this.#done.has(key)) count++;
    return count;
  }

  lookup(key: string): JournalState {
    const done = this.#done.get(key);
    if (done !== undefined) return { state: 'done', ...done };
    const intent = this.#intents.get(key);
    return intent === undefined ? { state: 'new' } : { state: 'intent', ...intent };
  }

  /** The last failure of a key not done since, if any. */
  failure(key: string): JournalFailure | undefined {
    return this.#done.has(key) ? undefined : this.#failures.get(key);
  }

  /** True when a target id already stands for some source item, so a lookup must not adopt it. */
  isClaimed(item: ItemKind, targetId: string): boolean {
    return this.#claimed.get(item)?.has(targetId) ?? false;
  }

  async recordIntent(key: string, note: RecordNote = {}): Promise<void> {
    const known = this.#intents.get(key);
    // A second intent is only worth a line when it says something new about the content.
    if ((known !== undefined && known.digest === note.digest) || this.#readOnly) return;
    this.#intents.set(key, note);
    await this.#store.append({ op: 'intent', key, ...note });
  }

  async recordDone(key: string, item: ItemKind, targetId: string, found = false, note: RecordNote = {}): Promise<void> {
    // Claimed before the append resolves, so a concurrent lookup cannot adopt the same item.
    this.#markDone(key, item, targetId, found, note);
    if (!this.#readOnly) {
      await this.#store.append({ op: 'done', key, item, targetId, ...(found ? { found: true as const } : {}), ...note });
    }
  }

  async recordFailed(key: string, message: string, at: number, note: Omit<RecordNote, 'at'> = {}): Promise<void> {
    this.#failures.set(key, { message, at, ...note });
    if (!this.#readOnly) await this.#store.append({ op: 'failed', key, message, at, ...note });
  }

  #markDone(key: string, item: ItemKind, targetId: string, found: boolean, note: RecordNote): void {
    this.#done.set(key, { targetId, found, ...note });
    let claimed = this.#claimed.get(item);
    if (!claimed) this.#claimed.set(item, (claimed = new Set()));
    claimed.add(targetId);
  }
}

function noteOf(record: RecordNote): RecordNote {
  return {
    ...(record.digest === undefined ? {} : { digest: record.digest }),
    ...(record.at === undefined ? {} : { at: record.at }),
  };
}
