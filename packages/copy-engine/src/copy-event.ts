import type { CopyBoard, CopySection } from './copy-account.js';
import type { CopyReport, ItemKind, SkipReason } from './copy-report.js';

/**
 * How an item reached the target: created now, found in the target after a lost response or an
 * interrupted run, already recorded in the journal, or only planned (dry run).
 */
export type CopyVia = 'created' | 'adopted' | 'journal' | 'planned';

export type TruncatedField = 'link' | 'title' | 'description' | 'alt_text';

export type CopyWarning =
  | {
      code: 'truncated';
      sourcePinId: string;
      field: TruncatedField;
      length: number;
      maxLength: number;
      message: string;
    }
  | { code: 'video-as-image'; sourcePinId: string; message: string }
  | { code: 'journal-lines-ignored'; lines: number; message: string }
  | { code: 'resume-settle'; unfinished: number; waitMs: number; message: string };

export type CopyEvent =
  | { type: 'plan'; sourceBoard: CopyBoard; targetName: string; dryRun: boolean }
  | { type: 'board-created'; sourceBoard: CopyBoard; targetBoardId: string | null; via: CopyVia }
  | {
      type: 'section-created';
      sourceBoardId: string;
      sourceSection: CopySection;
      targetSectionId: string | null;
      via: CopyVia;
    }
  | {
      type: 'pin-copied';
      sourceBoardId: string;
      sourcePinId: string;
      targetPinId: string | null;
      via: CopyVia;
    }
  | { type: 'skipped'; item: ItemKind; sourceId: string; reason: SkipReason; message: string }
  | ({ type: 'warning' } & CopyWarning)
  | { type: 'retry'; item: ItemKind; sourceId: string; attempt: number; delayMs: number; message: string }
  | {
      type: 'retry';
      /** A listing (restarted from the top, skipping what it already gave) or a lookup. */
      item: 'read';
      what: string;
      attempt: number;
      delayMs: number;
      message: string;
    }
  | {
      type: 'rate-limited';
      /** null when the response had no Retry-After and the engine chose the pause itself. */
      retryAfterMs: number | null;
      pauseMs: number;
      writesPerSecond: number;
    }
  | { type: 'failed'; item: ItemKind; sourceId: string; message: string; cause: unknown }
  | { type: 'done'; report: CopyReport };

export type CopyEventListener = (event: CopyEvent) => void;
