import type { ItemKind } from './copy-report.js';
import type { JournalStore } from './journal-store.js';

/** `found`: the item was adopted from the target rather than created through this journal. */
export type JournalState = { state: 'done'; targetId: string; found: boolean } | { state: 'intent' } | { state: 'new' };

/**
 * Names what a journal entry is about. The board part says how the board is mapped: by source
 * board id alone (across accounts, and again on every `all` rerun) or by source id plus the new
 * name (same-account copies, one namespace per name).
 */
export interface BoardScope {
  sourceBoardId: string;
  targetName: string | null;
}

export function journalKey(item: ItemKind, scope: BoardScope, sourceId?: string): string {
  // JSON keeps keys unambiguous whatever characters a board name holds.
  return JSON.stringify([item, scope.sourceBoardId, scope.targetName, sourceId ?? null]);
}

/** The journal as an index: what is mapped, what was attempted, which target ids are taken. */
export class CopyJournal {
  readonly #store: JournalStore;
  readonly #readOnly: boolean;
  readonly #done = new Map<string, { targetId: string; found: boolean }>();
  readonly #intents = new Set<string>();
  readonly #claimed = new Map<ItemKind, Set<string>>();

  private constructor(store: JournalStore, readOnly: boolean) {
    this.#store = store;
    this.#readOnly = readOnly;
  }

  /** `readOnly` (dry runs) reads what earlier runs did but never appends. */
  static async open(store: JournalStore, readOnly: boolean): Promise<{ journal: CopyJournal; ignoredLines: number }> {
    const journal = new CopyJournal(store, readOnly);
    const { records, ignoredLines } = await store.load();
    for (const record of records) {
      if (record.op === 'intent') journal.#intents.add(record.key);
      else journal.#markDone(record.key, record.item, record.targetId, record.found === true);
    }
    return { journal, ignoredLines };
  }

  /** Writes an earlier run started and never saw finish: they may still land. */
  get unfinished(): number {
    let count = 0;
    for (const key of this.#intents) if (!this.#done.has(key)) count++;
    return count;
  }

  lookup(key: string): JournalState {
    const done = this.#done.get(key);
    if (done !== undefined) return { state: 'done', ...done };
    return this.#intents.has(key) ? { state: 'intent' } : { state: 'new' };
  }

  /** True when a target id already stands for some source item, so a lookup must not adopt it. */
  isClaimed(item: ItemKind, targetId: string): boolean {
    return this.#claimed.get(item)?.has(targetId) ?? false;
  }

  async recordIntent(key: string): Promise<void> {
    if (this.#intents.has(key) || this.#readOnly) return;
    this.#intents.add(key);
    await this.#store.append({ op: 'intent', key });
  }

  async recordDone(key: string, item: ItemKind, targetId: string, found = false): Promise<void> {
    // Claimed before the append resolves, so a concurrent lookup cannot adopt the same item.
    this.#markDone(key, item, targetId, found);
    if (!this.#readOnly) {
      await this.#store.append({ op: 'done', key, item, targetId, ...(found ? { found: true as const } : {}) });
    }
  }

  #markDone(key: string, item: ItemKind, targetId: string, found: boolean): void {
    this.#done.set(key, { targetId, found });
    let claimed = this.#claimed.get(item);
    if (!claimed) this.#claimed.set(item, (claimed = new Set()));
    claimed.add(targetId);
  }
}
