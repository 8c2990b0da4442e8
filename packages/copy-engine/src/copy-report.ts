export type ItemKind = 'board' | 'section' | 'pin';

/** `not-creatable`: a kind of pin `POST /v5/pins` cannot create (several videos, a mix, a carousel of more than 5). */
export type SkipReason = 'not-creatable' | 'no-image' | 'spam';

export interface ItemCounts {
  boards: number;
  sections: number;
  pins: number;
}

export interface SkippedItem {
  item: ItemKind;
  sourceId: string;
  reason: SkipReason;
  message: string;
}

export interface FailedItem {
  item: ItemKind;
  sourceId: string;
  message: string;
  cause: unknown;
}

export interface BoardOutcome {
  sourceId: string;
  sourceName: string;
  targetName: string;
  /** null when the board was only planned (dry run) or could not be created. */
  targetId: string | null;
}

export interface CopyReport {
  dryRun: boolean;
  /** The caller's AbortSignal fired; a rerun with the same journal picks up from here. */
  cancelled: boolean;
  /** Set when the run stopped early on its own (authentication refused, journal unwritable). */
  fatal: { message: string; cause: unknown } | null;
  /** Created (or found after a lost response) in this run. */
  copied: ItemCounts;
  /** Already mapped in the journal by an earlier run; nothing was written for them. */
  alreadyCopied: ItemCounts;
  /** What a run without dryRun would create. Always zero outside a dry run. */
  planned: ItemCounts;
  boards: BoardOutcome[];
  skipped: SkippedItem[];
  failed: FailedItem[];
}

export function emptyReport(dryRun: boolean): CopyReport {
  const counts = (): ItemCounts => ({ boards: 0, sections: 0, pins: 0 });
  return {
    dryRun,
    cancelled: false,
    fatal: null,
    copied: counts(),
    alreadyCopied: counts(),
    planned: counts(),
    boards: [],
    skipped: [],
    failed: [],
  };
}
