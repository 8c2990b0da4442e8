import type { CopyBoard, CopySection } from './copy-account.js';
import type { CopyEvent, CopyEventListener, CopyVia, CopyWarning } from './copy-event.js';
import { emptyReport } from './copy-report.js';
import type { CopyReport, ItemKind, SkipReason } from './copy-report.js';

const countKey = { board: 'boards', section: 'sections', pin: 'pins' } as const;

/** Keeps the report and the event stream telling the same story: every change goes through here. */
export class CopyProgress {
  readonly report: CopyReport;
  #listener: CopyEventListener | undefined;
  readonly #onListenerError: (error: unknown) => void;

  constructor(dryRun: boolean, listener: CopyEventListener | undefined, onListenerError: (error: unknown) => void) {
    this.report = emptyReport(dryRun);
    this.#listener = listener;
    this.#onListenerError = onListenerError;
  }

  plan(sourceBoard: CopyBoard, targetName: string): void {
    this.#emit({ type: 'plan', sourceBoard, targetName, dryRun: this.report.dryRun });
  }

  board(sourceBoard: CopyBoard, targetName: string, targetBoardId: string | null, via: CopyVia): void {
    this.#count('board', via);
    this.report.boards.push({
      sourceId: sourceBoard.id,
      sourceName: sourceBoard.name,
      targetName,
      targetId: targetBoardId,
    });
    this.#emit({ type: 'board-created', sourceBoard, targetBoardId, via });
  }

  section(sourceBoardId: string, sourceSection: CopySection, targetSectionId: string | null, via: CopyVia): void {
    this.#count('section', via);
    this.#emit({ type: 'section-created', sourceBoardId, sourceSection, targetSectionId, via });
  }

  pin(sourceBoardId: string, sourcePinId: string, targetPinId: string | null, via: CopyVia): void {
    this.#count('pin', via);
    this.#emit({ type: 'pin-copied', sourceBoardId, sourcePinId, targetPinId, via });
  }

  skipped(item: ItemKind, sourceId: string, reason: SkipReason, message: string): void {
    this.report.skipped.push({ item, sourceId, reason, message });
    this.#emit({ type: 'skipped', item, sourceId, reason, message });
  }

  failed(item: ItemKind, sourceId: string, message: string, cause: unknown): void {
    this.report.failed.push({ item, sourceId, message, cause });
    this.#emit({ type: 'failed', item, sourceId, message, cause });
  }

  warning(warning: CopyWarning): void {
    this.#emit({ type: 'warning', ...warning });
  }

  retry(item: ItemKind, sourceId: string, attempt: number, delayMs: number, message: string): void {
    this.#emit({ type: 'retry', item, sourceId, attempt, delayMs, message });
  }

  readRetry(what: string, attempt: number, delayMs: number, message: string): void {
    this.#emit({ type: 'retry', item: 'read', what, attempt, delayMs, message });
  }

  rateLimited(retryAfterMs: number | null, pauseMs: number, writesPerSecond: number): void {
    this.#emit({ type: 'rate-limited', retryAfterMs, pauseMs, writesPerSecond });
  }

  finish(cancelled: boolean, fatal: unknown): CopyReport {
    this.report.cancelled = cancelled;
    if (fatal !== undefined) {
      this.report.fatal = { message: fatal instanceof Error ? fatal.message : String(fatal), cause: fatal };
    }
    this.#emit({ type: 'done', report: this.report });
    return this.report;
  }

  #count(item: ItemKind, via: CopyVia): void {
    const counts = via === 'journal' ? this.report.alreadyCopied : via === 'planned' ? this.report.planned : this.report.copied;
    counts[countKey[item]] += 1;
  }

  #emit(event: CopyEvent): void {
    if (!this.#listener) return;
    try {
      this.#listener(event);
    } catch (error) {
      // A listener that throws would otherwise surface as a failed pin; stop calling it and
      // stop the copy instead, so the bug is seen and the journal stays exact.
      this.#listener = undefined;
      this.#onListenerError(error);
    }
  }
}
