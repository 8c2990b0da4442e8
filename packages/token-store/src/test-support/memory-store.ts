import type { StoreKind, TokenRecord, TokenStore } from '../types.js';

/** An in-memory store that stands in for the keychain; `calls` shows what was asked of it. */
export function createMemoryStore(kind: StoreKind, records: TokenRecord[] = []): TokenStore & { calls: string[] } {
  const entries = new Map(records.map((record) => [record.name, record]));
  const calls: string[] = [];
  return {
    kind,
    calls,
    async get(name) {
      calls.push(`get ${name}`);
      return entries.get(name);
    },
    async set(record) {
      calls.push(`set ${record.name}`);
      entries.set(record.name, record);
    },
    async delete(name) {
      calls.push(`delete ${name}`);
      return entries.delete(name);
    },
    async list() {
      calls.push('list');
      return [...entries.values()];
    },
  };
}
