import type { RateLimitHeaders, RateLimitPolicy } from './rate-limit-headers.js';
import type { Sleep } from './with-retry.js';

/** Time as a pacer sees it; tests pass a virtual clock. */
export interface PacerClock {
  now(): number;
  sleep: Sleep;
}

/** One request the pacer let through, until it is settled. */
export interface PaceTicket {
  readonly seq: number;
  readonly sentAt: number;
}

/** How a paced request ended, with the response's `X-RateLimit-*` headers when it had them. */
export type PaceOutcome =
  | { kind: 'answered'; rateLimit?: RateLimitHeaders | undefined }
  | { kind: 'rate-limited'; rateLimit?: RateLimitHeaders | undefined; retryAfterMs?: number | undefined }
  | { kind: 'no-answer' };

export interface CategoryPacerOptions {
  /** The documented quota; absent, requests go unpaced until a response or a 429 says how. */
  quota?: { limit: number; windowMs: number };
  clock: PacerClock;
  /** The longest single wait, which also caps a pause that a server asks for. */
  maxPauseMs: number;
}

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
 * headers, 429s halve the rate and answers win it back (AIMD).
 */
export class CategoryPacer {
  readonly #clock: PacerClock;
  readonly #maxPauseMs: number;
  readonly #ceiling: number | undefined;
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
  #nextSeq = 0;

  constructor(options: CategoryPacerOptions) {
    this.#clock = options.clock;
    this.#maxPauseMs = options.maxPauseMs;
    const { quota } = options;
    this.#capacity = quota ? Math.max(1, quota.limit) : Infinity;
    this.#rate = quota ? quota.limit / quota.windowMs : undefined;
    this.#ceiling = this.#rate;
    this.#tokens = this.#capacity;
    this.#updatedAt = this.#clock.now();
  }

  /** Requests a second this pacer currently allows on average; undefined when unpaced. */
  get perSecond(): number | undefined {
    return this.#rate === undefined ? undefined : this.#rate * 1000;
  }

  /** Waits until a request may leave; every single wait is at most `maxPauseMs`. */
  async acquire(signal?: AbortSignal): Promise<PaceTicket> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.#clock.now();
      if (now < this.#pausedUntil) {
        await this.#clock.sleep(Math.min(this.#pausedUntil - now, this.#maxPauseMs), signal);
        continue;
      }
      this.#refill(now);
      if (this.#rate === undefined || this.#tokens >= 1) {
        if (this.#rate !== undefined) this.#tokens -= 1;
        const seq = ++this.#nextSeq;
        this.#inFlight.set(seq, now);
        return { seq, sentAt: now };
      }
      const wait = this.#rate > 0 ? Math.ceil((1 - this.#tokens) / this.#rate) : this.#maxPauseMs;
      await this.#clock.sleep(Math.min(Math.max(1, wait), this.#maxPauseMs), signal);
    }
  }

  settle(ticket: PaceTicket, outcome: PaceOutcome): void {
    const now = this.#clock.now();
    this.#refill(now);
    this.#inFlight.delete(ticket.seq);
    if (outcome.kind === 'no-answer') return;
    const info = outcome.rateLimit;
    if (info) {
      this.#learn(info);
      this.#sync(ticket, info, now);
    }
    if (outcome.kind === 'rate-limited') this.#limited(outcome.retryAfterMs, info === undefined, now);
    else if (!this.#headersSeen && this.#rate !== undefined && this.#ceiling !== undefined) {
      this.#rate = Math.min(this.#ceiling, this.#rate + this.#ceiling * recoveryShare);
    }
  }

  /**
   * Of the policies (`100;w=1, 1000;w=60`: the universal limit and the category's), the slowest
   * to refill is the one that binds a steady stream of requests.
   */
  #learn(info: RateLimitHeaders): void {
    this.#headersSeen = true;
    const rate = (policy: RateLimitPolicy) => policy.quota / (policy.windowSeconds * 1000);
    const binding = info.policies.reduce<RateLimitPolicy | undefined>(
      (best, policy) => (best === undefined || rate(policy) < rate(best) ? policy : best),
      undefined,
    );
    if (binding) {
      this.#capacity = Math.max(1, binding.quota);
      this.#rate = rate(binding);
      return;
    }
    this.#capacity = Math.max(1, info.limit);
    const { resetSeconds } = info;
    if (this.#rate === undefined && resetSeconds !== undefined && resetSeconds > 0 && info.remaining < info.limit) {
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
    if (this.#headersSeen) this.#remainingTrusted = false;
    if (headerless && !this.#headersSeen && !alreadyPaused && this.#rate !== undefined && this.#ceiling !== undefined) {
      this.#rate = Math.max(this.#ceiling * floorShare, this.#rate / 2);
      // Bursts assume the server's bucket was full; after a 429 nothing says so.
      this.#capacity = 1;
    }
    this.#tokens = Math.min(this.#tokens, 0);
    const pause = retryAfterMs ?? (this.#rate ? 1 / this.#rate : 1000);
    this.#pausedUntil = Math.max(this.#pausedUntil, now + Math.min(pause, this.#maxPauseMs));
  }

  #refill(now: number): void {
    if (this.#rate !== undefined) this.#tokens = Math.min(this.#capacity, this.#tokens + Math.max(0, now - this.#updatedAt) * this.#rate);
    this.#updatedAt = now;
  }
}
