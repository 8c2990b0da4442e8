import type { CopyEvent } from '@pinkit/copy-engine';

/** Running counts for a progress display, kept from the engine's events alone. */
export interface ProgressTally {
  boardsStarted: number;
  boardsDone: number;
  /** Sum of the planned boards' pin counts (as the source reports them): the bar's 100%. */
  pinsExpected: number;
  pinsCopied: number;
  pinsAlready: number;
  pinsSkipped: number;
  pinsFailed: number;
  dryRun: boolean;
}

export function emptyTally(): ProgressTally {
  return { boardsStarted: 0, boardsDone: 0, pinsExpected: 0, pinsCopied: 0, pinsAlready: 0, pinsSkipped: 0, pinsFailed: 0, dryRun: false };
}

export function pinsSettled(tally: ProgressTally): number {
  return tally.pinsCopied + tally.pinsAlready + tally.pinsSkipped + tally.pinsFailed;
}

export function countEvent(tally: ProgressTally, event: CopyEvent): void {
  switch (event.type) {
    case 'plan':
      tally.boardsStarted += 1;
      tally.pinsExpected += event.sourceBoard.pin_count ?? 0;
      tally.dryRun = event.dryRun;
      return;
    case 'board-created':
      tally.boardsDone += 1;
      return;
    case 'pin-copied':
      if (event.via === 'journal') tally.pinsAlready += 1;
      else tally.pinsCopied += 1;
      return;
    case 'skipped':
      if (event.item === 'pin') tally.pinsSkipped += 1;
      return;
    case 'failed':
      if (event.item === 'pin') tally.pinsFailed += 1;
      return;
    default:
      return;
  }
}
