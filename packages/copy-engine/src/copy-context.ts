import { setMaxListeners } from 'node:events';
import { classifyError } from './classify-error.js';
import { systemClock, type Clock } from '@pinkit/timing';
import type { CopyAccount } from './copy-account.js';
import type { CopyOptions } from './copy-options.js';
import type { EngineContext, RetryPolicy } from './engine-context.js';
import type { JournalIndex } from './journal-index.js';
import { CopyProgress } from './copy-progress.js';
import { PreexistingPins } from './preexisting-pins.js';
import { createWritePacer, withCeiling, type WritePacer } from './write-pacer.js';
import { WritePool } from './write-pool.js';

/** Everything a copy run shares, with the options' defaults filled in once. */
export interface CopyContext extends EngineContext {
  readonly source: CopyAccount;
  readonly target: CopyAccount;
  readonly journal: JournalIndex;
  readonly progress: CopyProgress;
  readonly limiter: WritePacer;
  readonly pool: WritePool;
  /** Journal keys already taken up in this run, so a pin listed twice is copied once. */
  readonly seen: Set<string>;
  /** What adopted target boards held before this run, for their pins' first lookup. */
  readonly preexisting: PreexistingPins;
  /** Stops the run for a reason every further call would share; the first reason wins. */
  stop(reason: unknown): void;
  /** The first reason given to stop(), if any. */
  readonly stoppedBy: unknown;
}

export function createCopyContext(options: CopyOptions, journal: JournalIndex): CopyContext {
  const clock = options.clock ?? systemClock;
  const stopper = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stopper.signal]) : stopper.signal;
  // Every waiting writer, retry wait and request in flight listens on this one signal, so more
  // than Node's default of 10 at once is the normal case under load (bounded by the concurrency
  // and the read-ahead), not a leak: without this, faults print MaxListenersExceededWarning.
  setMaxListeners(0, signal);
  let stoppedBy: unknown;
  const stop = (reason: unknown) => {
    if (stopper.signal.aborted) return;
    stoppedBy = reason;
    stopper.abort(reason);
  };
  const retry: RetryPolicy = {
    maxAttempts: options.maxAttempts ?? 5,
    baseDelayMs: options.retryBaseDelayMs ?? 1000,
    maxDelayMs: options.retryMaxDelayMs ?? 60_000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 900_000,
  };
  return {
    source: options.source,
    target: options.target ?? options.source,
    dryRun: options.dryRun ?? false,
    journal,
    progress: new CopyProgress(options.dryRun ?? false, options.onEvent, stop),
    limiter: writePacer(options, clock, retry),
    pool: new WritePool(options.concurrency ?? 8, stop),
    clock,
    random: options.random ?? Math.random,
    classify: options.classifyError ?? classifyError,
    retry,
    signal,
    seen: new Set(),
    preexisting: new PreexistingPins(),
    stop,
    get stoppedBy() {
      return stoppedBy;
    },
  };
}

/**
 * The target client's pacer (or the caller's) under the `writesPerSecond` ceiling, which only
 * spaces writes: quotas, headers and 429s are the pacer's alone. Without one, the engine's own.
 */
function writePacer(options: CopyOptions, clock: Clock, retry: RetryPolicy): WritePacer {
  const given = options.pacer ?? (options.target ?? options.source).writePacer;
  if (given) return withCeiling(given, options.writesPerSecond ?? 10, clock);
  return createWritePacer({
    writesPerSecond: options.writesPerSecond ?? 10,
    clock,
    baseBackoffMs: retry.baseDelayMs,
    maxBackoffMs: retry.maxDelayMs,
    maxPauseMs: Math.max(retry.maxDelayMs, retry.maxRetryAfterMs),
  });
}
