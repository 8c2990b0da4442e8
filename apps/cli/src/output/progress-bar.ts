import { pinsSettled, type ProgressTally } from './progress-tally.js';

const BAR_WIDTH = 16;

/**
 * One terminal line for the tally, cut to `columns`: a bar over the expected pins, then boards
 * and the pin counts. While boards are still being discovered (`--all`) the total grows, so
 * the bar can step back; the counts never do.
 */
export function renderProgressBar(tally: ProgressTally, columns: number): string {
  const settled = pinsSettled(tally);
  const total = Math.max(tally.pinsExpected, settled);
  const share = total === 0 ? 0 : settled / total;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
  const copied = tally.dryRun ? `${tally.pinsCopied} to copy` : `${tally.pinsCopied} copied`;
  const already = tally.pinsAlready > 0 ? `, ${tally.pinsAlready} already` : '';
  const line =
    `${bar} boards ${tally.boardsDone}/${tally.boardsStarted} pins ${settled}/${total} ` +
    `(${copied}${already}, ${tally.pinsSkipped} skipped, ${tally.pinsFailed} failed)`;
  return line.length > columns ? line.slice(0, Math.max(0, columns - 1)) : line;
}
