import { setMaxListeners } from 'node:events';
import { classifyError, createWritePacer, systemClock } from '@pinkit/copy-engine';
import type { EngineContext, ErrorClassifier, JournalIndex } from '@pinkit/copy-engine';
import type { PublishEvent } from './publish-event.js';
import type { PublishOptions } from './publish-options.js';

/** A run's shared state: the core's context, plus how to tell and how to stop. */
export interface PublishContext extends EngineContext {
  emit(event: PublishEvent): void;
  stop(reason: unknown): void;
  readonly stoppedBy: unknown;
}

const codeOf = (error: unknown) => (typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined);

/** Code 29 (trial access) answers every further write the same way: it stops the run. */
export const isTrialRefusal = (error: unknown): boolean => codeOf(error) === 29;

function withTrialStop(classify: ErrorClassifier): ErrorClassifier {
  return (error) => (isTrialRefusal(error) ? { kind: 'fatal' } : classify(error));
}

export function createPublishContext(options: PublishOptions, journal: JournalIndex): PublishContext {
  const clock = options.clock ?? systemClock;
  const stopper = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stopper.signal]) : stopper.signal;
  // Every waiting row listens on this one signal; more than 10 at once is the normal case.
  setMaxListeners(0, signal);
  let stoppedBy: unknown;
  let listener = options.onEvent;
  const stop = (reason: unknown) => {
    if (stopper.signal.aborted) return;
    stoppedBy = reason;
    stopper.abort(reason);
  };
  const emit = (event: PublishEvent) => {
    try {
      listener?.(event);
    } catch (error) {
      // A broken listener would otherwise look like a failed row; stop and surface it instead.
      listener = undefined;
      stop(error);
    }
  };
  const retry = {
    maxAttempts: options.maxAttempts ?? 5,
    baseDelayMs: options.retryBaseDelayMs ?? 1000,
    maxDelayMs: options.retryMaxDelayMs ?? 60_000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 900_000,
  };
  return {
    dryRun: options.dryRun ?? false,
    journal,
    progress: {
      retry: (item, sourceId, attempt, delayMs, message) => emit({ type: 'retry', what: `${item} ${sourceId}`, attempt, delayMs, message }),
      readRetry: (what, attempt, delayMs, message) => emit({ type: 'retry', what, attempt, delayMs, message }),
      rateLimited: (retryAfterMs, pauseMs, writesPerSecond) => emit({ type: 'rate-limited', retryAfterMs, pauseMs, writesPerSecond }),
    },
    limiter:
      options.pacer ??
      createWritePacer({
        writesPerSecond: options.writesPerSecond ?? 10,
        clock,
        baseBackoffMs: retry.baseDelayMs,
        maxBackoffMs: retry.maxDelayMs,
        maxPauseMs: Math.max(retry.maxDelayMs, retry.maxRetryAfterMs),
      }),
    clock,
    random: options.random ?? Math.random,
    classify: withTrialStop(options.classifyError ?? classifyError),
    retry,
    signal,
    emit,
    stop,
    get stoppedBy() {
      return stoppedBy;
    },
  };
}
