import { backoffDelay } from './backoff-delay.js';
import { checkAcquireOptions, checkPacerOptions, checkSettle } from './pacer-arguments.js';
import { PacingWaitTooLongError } from './pacing-wait-error.js';
import type { AcquireOptions, CategoryPacerOptions, PaceOutcome, PacerClock, PaceTicket, PacerPause } from './pacer-types.js';
import type { RateLimitHeaders, RateLimitPolicy } from './rate-limit-info.js';
import { LONGEST_WINDOW_SECONDS, readablePolicy } from './readable-rate-limit.js';

/** Without headers, each 429 at most halves the rate, never below this share of the documented one. */
const floorShare = 1 / 64;
/** Without headers, each answer gives back this share of the documented rate (additive increase). */
const recoveryShare = 1 / 50;
/**
 * Paces one rate-limit category with a local token bucket that mirrors the server's: it starts
 * full at the documented quota and refills at quota / window. Requests leave when a token is
 * there, so the server, which refills on the same clock and sees each request a little later,
 * has one too. Each answer's `X-RateLimit-Remaining` pulls the local count into the range that
 * answer allows (another program spending the same quota, a larger quota than documented); a 429
 * empties the bucket and pauses the category for `Retry-After`. When a category never sends the
 * headers, 429s halve the rate and answers win it back (AIMD). Unreadable headers (a quota of 0,
 * a window past a day) are ignored, so the documented quota stays in force.
 */
export class CategoryPacer {
  readonly #clock: PacerClock;
  readonly #maxPauseMs: number;
  readonly #ceiling: number | undefined;
  readonly #burst: number | undefined;
  readonly #backoff: { baseMs: number; maxMs: number } | undefined;
  readonly #inFlight = new Map<number, number>();
  #capacity: number;
  /** Tokens per millisecond; undefined while nothing says how fast the quota refills. */
  #rate: number | undefined;
  #tokens: number;
  #updatedAt: number;
  #pausedUntil = 0;
  #headersSeen = false;
  /** Whether `X-RateLimit-Remaining` may raise the local count; a 429 the headers did not foresee ends that. */
  #remainingTrusted = true;
  #limitedInARow = 0;
  #nextSeq = 0;

  constructor(options: CategoryPacerOptions) {
    checkPacerOptions(options);
    this.#clock = options.clock;
    this.#maxPauseMs = options.maxPauseMs;
    this.#backoff = options.backoff;
    const quota = options.quota && options.quota.limit > 0 && options.quota.windowMs > 0 ? options.quota : undefined;
    this.#burst = options.burst === undefined ? undefined : Math.max(1, options.burst);
    this.#capacity = quota ? (this.#burst ?? Math.max(1, quota.limit)) : Infinity;
    this.#rate = quota ? quota.limit / quota.windowMs : undefined;
    this.#ceiling = this.#rate;
    this.#tokens = this.#capacity;
    this.#updatedAt = this.#clock.now();
  }

  /** Requests a second this pacer currently allows on average; undefined when unpaced. */
  get perSecond(): number | undefined {
    return this.#rate === undefined ? undefined : this.#rate * 1000;
  }

  /**
   * The longest wait for one token that the documented quota can account for: one refill at
   * the slowest rate 429s may cut it to. A caller bounding waits allows at least this much.
   */
  get slowestRefillMs(): number {
    return this.#ceiling === undefined ? 0 : 1 / (this.#ceiling * floorShare);
  }

  /** Milliseconds until the pause a 429 started is over; 0 when none runs. */
  get pausedForMs(): number {
    return Math.max(0, this.#pausedUntil - this.#clock.now());
  }

  /**
   * Waits until a request may leave, in steps of at most `maxPauseMs`. With `maxWaitMs`, a wait
   * that would pass it (all steps together) fails before it starts, naming the wait.
   */
  async acquire(options: AcquireOptions | AbortSignal = {}): Promise<PaceTicket> {
    const { signal, maxWaitMs = Infinity, what = 'the rate limit' } = checkAcquireOptions(options);
    let waited = 0;
    for (;;) {
      signal?.throwIfAborted();
      const now = this.#clock.now();
      this.#refill(now);
      let wait: number;
      if (now < this.#pausedUntil) wait = this.#pausedUntil - now;
      else if (this.#rate === undefined || this.#tokens >= 1) {
        if (this.#rate !== undefined) this.#tokens -= 1;
        const seq = ++this.#nextSeq;
        this.#inFlight.set(seq, now);
        return { seq, sentAt: now };
      } else wait = this.#rate > 0 ? Math.max(1, Math.ceil((1 - this.#tokens) / this.#rate)) : Infinity;
      if (waited + wait > maxWaitMs) throw new PacingWaitTooLongError(what, waited + wait, maxWaitMs);
      const step = Math.min(wait, this.#maxPauseMs);
      await this.#clock.sleep(step, signal);
      waited += step;
    }
  }

  /** Tells the pacer how a request ended; `ticket` is the one `acquire` gave (none for an outcome heard elsewhere). */
  settle(ticket: PaceTicket | undefined, outcome: PaceOutcome): void {
    checkSettle(ticket, outcome);
    const now = this.#clock.now();
    this.#refill(now);
    if (ticket) this.#inFlight.delete(ticket.seq);
    if (outcome.kind === 'no-answer') return;
    const info = outcome.rateLimit && outcome.rateLimit.limit > 0 ? outcome.rateLimit : undefined;
    if (info) {
      this.#learn(info);
      if (ticket) this.#sync(ticket, info, now);
    }
    if (outcome.kind === 'rate-limited') {
      this.#limited(outcome.retryAfterMs, info === undefined && outcome.quotaKnown !== true, now);
      return;
    }
    this.#limitedInARow = 0;
    if (!this.#headersSeen && this.#rate !== undefined && this.#ceiling !== undefined) {
      this.#rate = Math.min(this.#ceiling, this.#rate + this.#ceiling * recoveryShare);
    }
  }

  /** The pause now running and the rate, as a 429 left them. */
  get pause(): PacerPause {
    return { pauseMs: this.pausedForMs, perSecond: this.perSecond };
  }

  /**
   * Of the policies (`100;w=1, 1000;w=60`: the universal limit and the category's), the slowest
   * to refill is the one that binds a steady stream of requests.
   */
  #learn(info: RateLimitHeaders): void {
    this.#headersSeen = true;
    const rate = (policy: RateLimitPolicy) => policy.quota / (policy.windowSeconds * 1000);
    const binding = info.policies
      .filter(readablePolicy)
      .reduce<RateLimitPolicy | undefined>((best, policy) => (best === undefined || rate(policy) < rate(best) ? policy : best), undefined);
    if (binding) {
      this.#capacity = this.#burst ?? Math.max(1, binding.quota);
      this.#rate = rate(binding);
      return;
    }
    if (this.#burst === undefined) this.#capacity = Math.max(1, info.limit);
    const { resetSeconds } = info;
    if (
      this.#rate === undefined &&
      resetSeconds !== undefined &&
      resetSeconds > 0 &&
      resetSeconds <= LONGEST_WINDOW_SECONDS &&
      info.remaining < info.limit
    ) {
      this.#rate = (info.limit - info.remaining) / (resetSeconds * 1000);
    }
  }

  /**
   * The server had `remaining` whole tokens (and a fraction) once it took this request's. Every
   * request still out may yet take one, so at least `remaining - inFlight` are left for new ones;
   * and no more than `remaining` plus the refill since this request left, less those sent after
   * it (not yet counted), is safe to assume. The local count is kept within that range: in step
   * with the server it is already there, so only a quota spent elsewhere (or a larger one) moves it.
   * `remaining` is the count of whichever limit is closest to running out (the IETF draft's
   * rule, which the one real answer seen fits); should a server report another one, raising the
   * count from it would flood, so after a 429 with headers the count is only ever lowered.
   */
  #sync(ticket: PaceTicket, info: RateLimitHeaders, now: number): void {
    let sentAfter = 0;
    for (const seq of this.#inFlight.keys()) if (seq > ticket.seq) sentAfter += 1;
    const lower = info.remaining - this.#inFlight.size;
    const upper = Math.max(lower, info.remaining + (this.#rate ?? 0) * (now - ticket.sentAt) - sentAfter);
    const floor = this.#remainingTrusted ? lower : -Infinity;
    this.#tokens = Math.min(this.#capacity, Math.max(floor, Math.min(upper, this.#tokens)));
  }

  #limited(retryAfterMs: number | undefined, headerless: boolean, now: number): void {
    // Concurrent requests often meet the same limit together: one pause, one rate cut.
    const alreadyPaused = now < this.#pausedUntil;
    if (!alreadyPaused) this.#limitedInARow += 1;
    if (this.#headersSeen) this.#remainingTrusted = false;
    if (headerless && !this.#headersSeen && !alreadyPaused && this.#rate !== undefined && this.#ceiling !== undefined) {
      this.#rate = Math.max(this.#ceiling * floorShare, this.#rate / 2);
      // Bursts assume the server's bucket was full; after a 429 nothing says so.
      this.#capacity = 1;
    }
    this.#tokens = Math.min(this.#tokens, 0);
    const backoff = this.#backoff ?? { baseMs: this.#rate ? 1 / this.#rate : 1000, maxMs: this.#maxPauseMs };
    // The whole step, without jitter: this pause is one for every request of the category, not one per client.
    const chosen = backoffDelay(this.#limitedInARow, { baseDelayMs: backoff.baseMs, maxDelayMs: backoff.maxMs, random: () => 1 });
    const pause = Math.min(retryAfterMs ?? chosen, this.#maxPauseMs);
    this.#pausedUntil = Math.max(this.#pausedUntil, now + pause);
  }

  #refill(now: number): void {
    if (this.#rate !== undefined) this.#tokens = Math.min(this.#capacity, this.#tokens + Math.max(0, now - this.#updatedAt) * this.#rate);
    this.#updatedAt = now;
  }
}
