import type { PublishReport } from './publish-report.js';
import type { RowStatus } from './row-status.js';

export type PublishEvent =
  /** After validation: every row and what this run will do with it (`due` rows get published). */
  | { type: 'plan'; rows: RowStatus[]; dryRun: boolean }
  /** The last run left `unfinished` rows sent without an answer: waiting for those still in flight to land first. */
  | { type: 'settling'; unfinished: number; waitMs: number }
  | { type: 'board-created'; name: string; boardId: string; via: 'created' | 'adopted' | 'journal' }
  | { type: 'section-created'; boardId: string; name: string; sectionId: string; via: 'created' | 'adopted' | 'journal' }
  | { type: 'video-uploaded'; row: number; id: string; mediaId: string }
  | { type: 'row-published'; row: number; id: string; pinId: string; via: 'created' | 'adopted' }
  | { type: 'row-failed'; row: number; id: string; message: string }
  | { type: 'retry'; what: string; attempt: number; delayMs: number; message: string }
  | { type: 'rate-limited'; retryAfterMs: number | null; pauseMs: number; writesPerSecond: number }
  | { type: 'done'; report: PublishReport };

/** Receives progress; must not throw (a throwing listener stops the run). */
export type PublishEventListener = (event: PublishEvent) => void;
