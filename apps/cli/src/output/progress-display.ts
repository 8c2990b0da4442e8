import type { CopyEvent } from '@pinkit/copy-engine';
import type { LogLevel } from '@pinkit/http';
import { renderProgressBar } from './progress-bar.js';
import { eventLine } from './progress-lines.js';
import { countEvent, emptyTally, type ProgressTally } from './progress-tally.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressDisplay {
  readonly tally: ProgressTally;
  /** Feed for copyBoard's onEvent. */
  onEvent(event: CopyEvent): void;
  /** A line from elsewhere (request logs, notes), printed without breaking the bar. */
  line(text: string): void;
  /** Removes the bar, leaving the terminal clean for the report. */
  stop(): void;
}

export interface ProgressDisplayOptions {
  level: LogLevel;
  /** Redraws at most this often; default 100 ms. */
  redrawMs?: number;
  now?: () => number;
}

const CLEAR_LINE = '\r\x1b[2K';

/**
 * Progress for copy-board on stderr. On a terminal: one line, redrawn in place, with warnings,
 * skips and failures printed above it. Elsewhere (a pipe, a CI log): plain lines per board and
 * per skip, warning or failure, and per pin from log level 2.
 */
export function createProgressDisplay(stream: ProgressStream, options: ProgressDisplayOptions): ProgressDisplay {
  const tally = emptyTally();
  const now = options.now ?? Date.now;
  const redrawMs = options.redrawMs ?? 100;
  const terminal = Boolean(stream.isTTY);
  let drawn = false;
  let drawnAt = Number.NEGATIVE_INFINITY;

  const draw = (force: boolean) => {
    if (!terminal || (!force && now() - drawnAt < redrawMs)) return;
    stream.write(`${CLEAR_LINE}${renderProgressBar(tally, stream.columns || 80)}`);
    drawn = true;
    drawnAt = now();
  };

  const print = (text: string) => {
    if (drawn) stream.write(CLEAR_LINE);
    stream.write(`${text}\n`);
    if (drawn) draw(true);
  };

  return {
    tally,
    onEvent(event) {
      countEvent(tally, event);
      const line = eventLine(event);
      // On a terminal the bar stands for the per-board, per-section and per-pin lines.
      const counted =
        event.type === 'plan' || event.type === 'board-created' || event.type === 'section-created' || event.type === 'pin-copied';
      if (line && line.level <= options.level && !(terminal && counted)) print(line.text);
      draw(event.type === 'plan' || event.type === 'done');
    },
    line: print,
    stop() {
      if (drawn) stream.write(`${CLEAR_LINE}`);
      drawn = false;
    },
  };
}
