import type { ErrorClassifier } from './classify-error.js';
import type { Clock } from '@pinkit/timing';
import { RetryAfterTooLongError } from './copy-errors.js';
import type { ItemKind } from './copy-report.js';
import type { JournalIndex } from './journal-index.js';
import type { WritePacer } from './write-pacer.js';

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest server-requested pause waited for; a longer one stops the run. */
  maxRetryAfterMs: number;
}

export type { WritePacer };

/** What the exactly-once core tells about its waits, for an engine to turn into its own events. */
export interface WriteProgress {
  retry(item: ItemKind, sourceId: string, attempt: number, delayMs: number, message: string): void;
  readRetry(what: string, attempt: number, delayMs: number, message: string): void;
  rateLimited(retryAfterMs: number | null, pauseMs: number, writesPerSecond: number): void;
}

/**
 * What `writeOnce` and `readWithRetry` need from the engine running them: copying boards and
 * publishing plans each build one, so that both share one journal, lock and lookup core.
 */
export interface EngineContext {
  readonly dryRun: boolean;
  readonly journal: JournalIndex;
  readonly progress: WriteProgress;
  readonly limiter: WritePacer;
  readonly clock: Clock;
  readonly random: () => number;
  readonly classify: ErrorClassifier;
  readonly retry: RetryPolicy;
  /** Fires on the caller's abort and on a fatal stop. */
  readonly signal: AbortSignal;
}

/**
 * Stops the whole run when a 429 asks for a pause past `maxRetryAfterMs`: the pause is shared by
 * every writer, so waiting it out would stall the run for as long as the server says.
 */
export function assertRetryAfterWaitable(ctx: Pick<EngineContext, 'retry'>, retryAfterMs: number | undefined, cause: unknown): void {
  if (retryAfterMs !== undefined && retryAfterMs > ctx.retry.maxRetryAfterMs) {
    throw new RetryAfterTooLongError(retryAfterMs, ctx.retry.maxRetryAfterMs, cause);
  }
}
