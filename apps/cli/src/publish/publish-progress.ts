import type { PublishEvent } from '@pinkit/publish';
import type { ProgressStream } from '../output/progress-display.js';
import { terminalSafe } from '../output/terminal-safe.js';

const CLEAR_LINE = '\r\x1b[2K';
const BAR_WIDTH = 16;

export interface PublishProgress {
  onEvent(event: PublishEvent): void;
  line(text: string): void;
  stop(): void;
}

/**
 * Progress of a publishing run on stderr, as copy-board's display does it: on a terminal one
 * redrawn bar with failures printed above it; elsewhere a plain line per row published or failed.
 */
export function createPublishProgress(stream: ProgressStream, redrawMs = 100): PublishProgress {
  const terminal = Boolean(stream.isTTY);
  let total = 0;
  let done = 0;
  let failed = 0;
  let drawn = false;
  let drawnAt = Number.NEGATIVE_INFINITY;
  const draw = (force: boolean) => {
    if (!terminal || (!force && Date.now() - drawnAt < redrawMs)) return;
    const share = total === 0 ? 1 : (done + failed) / total;
    const filled = Math.round(share * BAR_WIDTH);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% rows ${done + failed}/${total} (${done} published, ${failed} failed)`;
    stream.write(`${CLEAR_LINE}${line.slice(0, Math.max(0, (stream.columns || 80) - 1))}`);
    drawn = true;
    drawnAt = Date.now();
  };
  const print = (text: string) => {
    if (drawn) stream.write(CLEAR_LINE);
    stream.write(`${text}\n`);
    if (drawn) draw(true);
  };
  return {
    onEvent(event) {
      switch (event.type) {
        case 'plan':
          total = event.rows.filter((row) => row.state === 'due').length;
          if (!terminal && !event.dryRun) print(`Publishing ${total} due rows of ${event.rows.length}.`);
          break;
        case 'board-created':
          if (event.via === 'created') print(`Created board ${terminalSafe(event.name)} (${event.boardId}).`);
          break;
        case 'row-published':
          done += 1;
          if (!terminal) print(`row ${event.row} (${terminalSafe(event.id)}): pin ${event.pinId} ${event.via}`);
          break;
        case 'row-failed':
          failed += 1;
          print(`row ${event.row} (${terminalSafe(event.id)}) failed: ${terminalSafe(event.message)}`);
          break;
        case 'settling':
          print(
            `Waiting ${Math.round(event.waitMs / 1000)} s for ${event.unfinished} writes of the last run to land before looking them up.`,
          );
          break;
        default:
          break;
      }
      draw(false);
    },
    line: print,
    stop() {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}
