import type { JournalIndex } from '@pinkit/copy-engine';
import type { RowState } from './row-status.js';

export interface ScheduleRules {
  now: number;
  /** How long past its time a row may still be published. */
  lateMs: number;
  publishLate: boolean;
}

export interface ScheduledRow {
  key: string;
  digest: string;
  publishAt?: number;
}

/** Where a row stands given the journal and the time: what a run does with it. */
export function scheduleRow(row: ScheduledRow, journal: JournalIndex, rules: ScheduleRules): RowState {
  const prior = journal.lookup(row.key);
  if (prior.state === 'done') {
    if (prior.digest !== undefined && prior.digest !== row.digest) return { state: 'changed', pinId: prior.targetId };
    return { state: 'published', pinId: prior.targetId, via: 'journal', ...(prior.at === undefined ? {} : { at: prior.at }) };
  }
  // An attempt with other content may have landed: publishing this one could make a second pin.
  if (prior.state === 'intent' && prior.digest !== undefined && prior.digest !== row.digest) return { state: 'changed' };
  if (row.publishAt !== undefined && row.publishAt > rules.now) return { state: 'pending', publishAt: row.publishAt };
  if (row.publishAt !== undefined && !rules.publishLate && rules.now - row.publishAt > rules.lateMs) {
    return { state: 'late', publishAt: row.publishAt };
  }
  return { state: 'due' };
}

/** The journal key of a row: ids are the plan's own, so they get a namespace of their own. */
export const rowKey = (id: string): string => JSON.stringify(['row', id]);
