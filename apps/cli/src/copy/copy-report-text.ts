import type { CopyReport, ItemCounts } from '@pinkit/copy-engine';
import { limitLength } from '../output/limit-length.js';
import { terminalSafe } from '../output/terminal-safe.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const counts = (c: ItemCounts) => `${plural(c.boards, 'board')}, ${plural(c.sections, 'section')}, ${plural(c.pins, 'pin')}`;

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The report as one JSON object: causes reduced to what a script can use (status, request id). */
export function reportJson(report: CopyReport, journal: string) {
  return {
    dryRun: report.dryRun,
    cancelled: report.cancelled,
    fatal: report.fatal?.message ?? null,
    copied: report.copied,
    alreadyCopied: report.alreadyCopied,
    planned: report.planned,
    boards: report.boards,
    skipped: report.skipped,
    failed: report.failed.map(({ item, sourceId, message, cause }) => ({
      item,
      sourceId,
      message,
      status: field(cause, 'status') ?? null,
      requestId: field(cause, 'requestId') ?? null,
    })),
    journal,
  };
}

/** The final report for people: what was copied, already there, skipped and failed, and why. */
export function reportText(report: CopyReport, journal: string): string {
  const lines: string[] = [];
  if (report.dryRun) lines.push(`Dry run: would copy ${counts(report.planned)}; nothing was written.`);
  else
    lines.push(
      `${report.cancelled ? 'Copy interrupted' : report.fatal ? 'Copy stopped' : 'Copy finished'}: copied ${counts(report.copied)}.`,
    );
  const already = report.alreadyCopied;
  if (already.boards + already.sections + already.pins > 0) lines.push(`Already copied by an earlier run: ${counts(already)}.`);
  for (const board of report.boards) {
    lines.push(`  board ${board.sourceId} "${board.sourceName}" -> ${board.targetId ?? '(new)'} "${board.targetName}"`);
  }
  lines.push(`Skipped: ${report.skipped.length}`);
  for (const item of report.skipped) lines.push(`  ${item.item} ${item.sourceId} (${item.reason}): ${item.message}`);
  lines.push(`Failed: ${report.failed.length}`);
  // The engine's messages already end with Pinterest's request id when there was one.
  for (const item of report.failed) lines.push(`  ${item.item} ${item.sourceId}: ${item.message}`);
  if (report.fatal) lines.push(`Stopped early: ${report.fatal.message}`);
  if (!report.dryRun) lines.push(`Journal: ${journal}`);
  // Board names and failure messages come from Pinterest; none may drive or flood the terminal.
  return lines.map((line) => limitLength(terminalSafe(line), 400)).join('\n');
}
