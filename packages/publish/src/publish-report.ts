import type { PublishBoard, PublishSection } from './publish-ports.js';
import type { RowStateName, RowStatus } from './row-status.js';

export interface PublishReport {
  dryRun: boolean;
  /** The caller's signal stopped the run; rows not reached are still `due`. */
  cancelled: boolean;
  /** Every row of the plan, in plan order, as the run left it. */
  rows: RowStatus[];
  /** Rows by state; `publishedNow` counts those published (created or found) by this run. */
  counts: Record<RowStateName, number> & { publishedNow: number };
  boardsCreated: PublishBoard[];
  sectionsCreated: (PublishSection & { boardId: string })[];
  /** Unreadable journal lines, such as the torn last line of a killed run. */
  ignoredJournalLines: number;
}

export function countRows(rows: readonly RowStatus[]): PublishReport['counts'] {
  const counts = { published: 0, due: 0, pending: 0, late: 0, changed: 0, failed: 0, publishedNow: 0 };
  for (const row of rows) {
    counts[row.state] += 1;
    if (row.state === 'published' && row.via !== 'journal') counts.publishedNow += 1;
  }
  return counts;
}
