import type { ItemKind } from './copy-report.js';
import type { JournalRecord } from './journal-store.js';

function isItemKind(value: unknown): value is ItemKind {
  return value === 'board' || value === 'section' || value === 'pin';
}

/** Returns the record a journal line holds, or undefined for a torn or foreign line. */
export function parseJournalLine(line: string): JournalRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { op, key, item, targetId, found } = value as Record<string, unknown>;
  if (typeof key !== 'string') return undefined;
  if (op === 'intent') return { op, key };
  if (op === 'done' && isItemKind(item) && typeof targetId === 'string') {
    return found === true ? { op, key, item, targetId, found } : { op, key, item, targetId };
  }
  return undefined;
}
