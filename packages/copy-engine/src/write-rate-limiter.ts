import type { Clock } from './clock.js';

export interface WriteRateLimiterOptions {
  /** Ceiling and starting rate. */
  writesPerSecond: number;
  clock: Clock;
  /** Pause after a 429 without Retry-After, doubled for each 429 in a row. */
  baseRateLimitPauseMs?: number;
  maxRateLimitPauseMs?: number;
  /** Writes that may start back-to-back after a quiet spell. Default 1: evenly spaced writes. */
  burst?: number;
}

export interface RateLimitPause {
  pauseMs: number;
  writesPerSecond: number;
}

/** Each 429 at most halves the rate; it never falls below this share of the configured rate. */
const floorShare = 1 / 64;
/** Each successful write gives back this share of the configured rate (additive increase). */
const recoveryShare = 1 / 50;

/**
 * Token bucket for writes with AIMD pacing: a 429 pauses every writer (Retry-After when known,
 * backoff otherwise) and halves the rate; each success adds a little back.
 */
export class WriteRateLimiter {
  readonly #max: number;
  readonly #clock: Clock;
  readonly #basePauseMs: number;
  readonly #maxPauseMs: number;
  readonly #burst: number;
  #rate: number;
  #tokens: number;
  #refilledAt: number;
  #pausedUntil = 0;
  #rateLimitsInARow = 0;

  constructor(options: WriteRateLimiterOptions) {
    this.#max = options.writesPerSecond;
    this.#clock = options.clock;
    this.#basePauseMs = options.baseRateLimitPauseMs ?? 1000;
    this.#maxPauseMs = options.maxRateLimitPauseMs ?? 60_000;
    // With a burst above 1, a one-second window could see burst + rate writes; a bucket of one
    // token keeps every window at or under the rate, and concurrency still overlaps the writes.
    this.#burst = options.burst ?? 1;
    this.#rate = this.#max;
    this.#tokens = this.#burst;
    this.#refilledAt = this.#clock.now();
  }

  get writesPerSecond(): number {
    return this.#rate;
  }

  /** Waits until a write may start, then takes its token. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.#clock.now();
      if (now < this.#pausedUntil) {
        await this.#clock.sleep(this.#pausedUntil - now, signal);
        continue;
      }
      this.#refill(now);
      if (this.#tokens >= 1) {
        this.#tokens -= 1;
        return;
      }
      await this.#clock.sleep(Math.ceil(((1 - this.#tokens) / this.#rate) * 1000), signal);
    }
  }

  succeeded(): void {
    this.#rateLimitsInARow = 0;
    this.#rate = Math.min(this.#max, this.#rate + this.#max * recoveryShare);
  }

  /**
   * Records a 429 and returns the pause every writer now observes. With `keepRate` (the answer
   * said the quota, and a client that paces by it has slowed already) the rate stays: cutting it
   * as well would pace the copy below the limit the client keeps to.
   */
  rateLimited(retryAfterMs?: number, options: { keepRate?: boolean } = {}): RateLimitPause {
    const now = this.#clock.now();
    // Concurrent writers often receive the same 429 together; one pause, one rate cut.
    const alreadyPaused = now < this.#pausedUntil;
    if (!alreadyPaused) {
      this.#rateLimitsInARow += 1;
      if (options.keepRate !== true) this.#rate = Math.max(this.#max * floorShare, this.#rate / 2);
    }
    const backoff = Math.min(this.#maxPauseMs, this.#basePauseMs * 2 ** (this.#rateLimitsInARow - 1));
    const pauseMs = retryAfterMs ?? backoff;
    this.#pausedUntil = Math.max(this.#pausedUntil, now + pauseMs);
    // Tokens start accruing only when the pause ends, so writers resume one by one, not in a burst.
    this.#tokens = 0;
    this.#refilledAt = this.#pausedUntil;
    return { pauseMs: this.#pausedUntil - now, writesPerSecond: this.#rate };
  }

  #refill(now: number): void {
    const elapsed = Math.max(0, now - this.#refilledAt) / 1000;
    this.#tokens = Math.min(this.#burst, this.#tokens + elapsed * this.#rate);
    this.#refilledAt = now;
  }
}
