import type { PublishReport, RowStatus } from '@pinkit/publish';
import { terminalSafe } from '../output/terminal-safe.js';

const when = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

/** One row as `--status` and the report list it: "row 3 (soup): published pin 123 at ...". */
export function rowLine(row: RowStatus): string {
  const what = `row ${row.row} (${terminalSafe(row.id)})`;
  switch (row.state) {
    case 'published':
      return `${what}: published, pin ${row.pinId}${row.at === undefined ? '' : ` at ${when(row.at)}`}`;
    case 'due':
      return `${what}: due, to board ${terminalSafe(row.board)}${row.section ? ` / ${terminalSafe(row.section)}` : ''}`;
    case 'pending':
      return `${what}: pending until ${when(row.publishAt)}`;
    case 'late':
      return `${what}: late (due ${when(row.publishAt)}), not published; --publish-late publishes it`;
    case 'changed':
      return `${what}: changed since it was published${row.pinId ? ` as pin ${row.pinId}` : ''}; not published again`;
    case 'failed':
      return `${what}: failed: ${terminalSafe(row.message)}`;
  }
}

/** When the earliest pending row falls due, for "next due at ...". */
export function nextDue(rows: readonly RowStatus[]): number | undefined {
  const times = rows.flatMap((row) => (row.state === 'pending' ? [row.publishAt] : []));
  return times.length === 0 ? undefined : Math.min(...times);
}

/** The report after a run: the rows that need a look, then the counts and the next due time. */
export function reportText(report: PublishReport, journal: string, listEvery: boolean): string {
  const { counts } = report;
  const shown = report.rows.filter((row) => listEvery || ['late', 'changed', 'failed'].includes(row.state));
  const next = nextDue(report.rows);
  const summary = report.dryRun
    ? `Dry run: ${counts.due} to publish now, ${counts.pending} pending, ${counts.published} already published; nothing written.`
    : `${counts.publishedNow} published now; ${counts.published} published in all, ${counts.pending} pending, ` +
      `${counts.late} late, ${counts.changed} changed, ${counts.failed} failed.`;
  const boards = report.boardsCreated.map((board) => `Created board ${terminalSafe(board.name)} (${board.id}).`);
  return [
    ...shown.map(rowLine),
    ...boards,
    summary,
    ...(next === undefined ? [] : [`Next due at ${when(next)}: run \`pinkit publish PLAN --due\` then (or from cron).`]),
    ...(report.dryRun ? [] : [`Journal: ${journal}`]),
  ].join('\n');
}
