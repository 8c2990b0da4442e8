import { resolve } from 'node:path';
import { createFileJournal, JournalIndex, systemClock } from '@pinkit/copy-engine';
import type { Clock, JournalStore } from '@pinkit/copy-engine';
import { checkPlanStatusOptions } from './check-publish-arguments.js';
import { localFiles } from './local-files.js';
import { defaultLimits } from './pin-limits.js';
import { defaultJournalPath } from './publish-plan.js';
import type { PlanFiles } from './publish-ports.js';
import { planFormatOf, readPlan } from './read-plan.js';
import { rowDigest, rowId } from './row-fingerprint.js';
import { rowKey, scheduleRow } from './row-schedule.js';
import type { RowStatus } from './row-status.js';
import { parsePublishAt } from './parse-publish-at.js';

export interface PlanStatusOptions {
  plan: string;
  format?: 'csv' | 'jsonl';
  /** Default `<plan>.journal.jsonl`, as publishPlan uses. */
  journal?: string | JournalStore;
  files?: PlanFiles;
  clock?: Clock;
  lateMs?: number;
  publishLate?: boolean;
}

/**
 * Where each row of a plan stands: published (pin id, when), pending (when), failed (why), late,
 * changed, or due. Reads the plan and the journal only (no account, no lock), so it can run
 * while a publish is under way; rows that do not parse are listed as far as they can be.
 */
export async function planStatus(options: PlanStatusOptions): Promise<RowStatus[]> {
  checkPlanStatusOptions(options);
  const plan = resolve(options.plan);
  const parsed = await readPlan(options.files ?? localFiles(), plan, options.format ?? planFormatOf(plan), defaultLimits);
  const store = typeof options.journal === 'object' ? options.journal : createFileJournal(options.journal ?? defaultJournalPath(plan));
  try {
    const { journal } = await JournalIndex.open(store, true);
    const rules = {
      now: (options.clock ?? systemClock).now(),
      lateMs: options.lateMs ?? 24 * 60 * 60 * 1000,
      publishLate: options.publishLate ?? false,
    };
    return parsed.rows.map((row) => {
      const digest = rowDigest(row.fields);
      const id = rowId(row.fields, digest);
      const key = rowKey(id);
      const when = row.fields.publish_at === undefined ? undefined : parsePublishAt(row.fields.publish_at.trim());
      const publishAt = typeof when === 'number' ? when : undefined;
      let state = scheduleRow({ key, digest, ...(publishAt === undefined ? {} : { publishAt }) }, journal, rules);
      const failure = journal.failure(key);
      if (state.state === 'due' && failure !== undefined) state = { state: 'failed', message: failure.message, at: failure.at };
      const section = row.fields.section?.trim();
      const title = row.fields.title?.trim();
      return {
        row: row.row,
        id,
        board: row.fields.board?.trim() ?? '',
        ...(section ? { section } : {}),
        ...(title ? { title } : {}),
        ...(publishAt === undefined ? {} : { publishAt }),
        ...state,
      };
    });
  } finally {
    await store.close();
  }
}
