import type { ItemKind } from './copy-report.js';
import type { JournalRecord, RecordNote } from './journal-store.js';

function isItemKind(value: unknown): value is ItemKind {
  return value === 'board' || value === 'section' || value === 'pin';
}

function noteOf(digest: unknown, at: unknown): RecordNote {
  return {
    ...(typeof digest === 'string' ? { digest } : {}),
    ...(typeof at === 'number' && Number.isFinite(at) ? { at } : {}),
  };
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
  const { op, key, item, targetId, found, digest, at, message } = value as Record<string, unknown>;
  if (typeof key !== 'string') return undefined;
  const note = noteOf(digest, at);
  if (op === 'intent') return { op, key, ...note };
  if (op === 'done' && isItemKind(item) && typeof targetId === 'string') {
    return { op, key, item, targetId, ...(found === true ? { found } : {}), ...note };
  }
  if (op === 'failed' && typeof message === 'string' && note.at !== undefined) {
    return { op, key, message, at: note.at, ...(note.digest === undefined ? {} : { digest: note.digest }) };
  }
  return undefined;
}
