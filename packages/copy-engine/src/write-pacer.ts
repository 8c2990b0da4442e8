import { CategoryPacer, type Clock } from '@pinkit/timing';
import { checkWritePacerOptions } from './check-engine-arguments.js';

/**
 * The port through which the engine paces its writes. `@pinkit/http`'s clients satisfy it with
 * the pacer of their write category (`client.pacer('org_write')`), so a copy over them is paced
 * once, by the bucket every request of that client passes; the engine knows no HTTP package.
 */
export interface WritePacer {
  /** Writes a second allowed now (progress displays show it); Infinity when unpaced. */
  readonly writesPerSecond: number;
  /** Waits until a write may start. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** A write was answered. */
  succeeded(): void;
  /**
   * A write met a 429 (`keepRate`: its answer stated the quota, which a pacing client keeps to
   * already). Returns the pause every writer now observes and the rate after it.
   */
  rateLimited(retryAfterMs?: number, options?: { keepRate?: boolean }): RateLimitPause;
}

/** The pause a 429 started for every writer, and the write rate after it. */
export interface RateLimitPause {
  pauseMs: number;
  writesPerSecond: number;
}

export interface WritePacerOptions {
  writesPerSecond: number;
  clock: Clock;
  /** The pause after a 429 without Retry-After, doubled for each one in a row, up to `maxBackoffMs`. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** The longest Retry-After observed (a longer one stops the copy before it gets here). */
  maxPauseMs: number;
}

/**
 * The engine's own pacer, for a target whose client brings none (copying and publishing build
 * it the same way): the same token bucket as the transport's, holding one token so that no second sees more than `writesPerSecond` writes, and
 * cutting its rate on a 429 that did not state the quota.
 */
export function createWritePacer(options: WritePacerOptions): WritePacer {
  checkWritePacerOptions(options);
  const pacer = new CategoryPacer({
    quota: { limit: options.writesPerSecond, windowMs: 1000 },
    burst: 1,
    clock: options.clock,
    maxPauseMs: options.maxPauseMs,
    backoff: { baseMs: options.baseBackoffMs, maxMs: options.maxBackoffMs },
  });
  const writesPerSecond = () => pacer.perSecond ?? Infinity;
  return {
    get writesPerSecond() {
      return writesPerSecond();
    },
    // The engine hears each outcome through succeeded/rateLimited, without the ticket.
    acquire: async (signal) => pacer.settle(await pacer.acquire(signal), { kind: 'no-answer' }),
    succeeded: () => pacer.settle(undefined, { kind: 'answered' }),
    rateLimited: (retryAfterMs, { keepRate = false } = {}) => {
      pacer.settle(undefined, { kind: 'rate-limited', retryAfterMs, quotaKnown: keepRate });
      return { pauseMs: pacer.pausedForMs, writesPerSecond: writesPerSecond() };
    },
  };
}

/** `pacer`, with a ceiling the caller asked for on top: a write waits for both. */
export function withCeiling(pacer: WritePacer, writesPerSecond: number, clock: Clock): WritePacer {
  const ceiling = new CategoryPacer({ quota: { limit: writesPerSecond, windowMs: 1000 }, burst: 1, clock, maxPauseMs: 60_000 });
  return {
    get writesPerSecond() {
      return Math.min(writesPerSecond, pacer.writesPerSecond);
    },
    acquire: async (signal) => {
      ceiling.settle(await ceiling.acquire(signal), { kind: 'no-answer' });
      await pacer.acquire(signal);
    },
    succeeded: () => pacer.succeeded(),
    rateLimited: (retryAfterMs, options) => {
      const pause = pacer.rateLimited(retryAfterMs, options);
      return { ...pause, writesPerSecond: Math.min(writesPerSecond, pause.writesPerSecond) };
    },
  };
}
