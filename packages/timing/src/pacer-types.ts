import type { Clock } from './clock.js';
import type { RateLimitHeaders } from './rate-limit-info.js';

/** Time as a pacer sees it; tests pass a virtual clock. */
export type PacerClock = Clock;

/** One request the pacer let through, until it is settled. */
export interface PaceTicket {
  readonly seq: number;
  readonly sentAt: number;
}

/** How a paced request ended, with the response's `X-RateLimit-*` headers when it had them. */
export type PaceOutcome =
  | { kind: 'answered'; rateLimit?: RateLimitHeaders | undefined }
  | {
      kind: 'rate-limited';
      rateLimit?: RateLimitHeaders | undefined;
      retryAfterMs?: number | undefined;
      /** The answer stated the quota although its headers are not given here: a client that paces by them has slowed already. */
      quotaKnown?: boolean | undefined;
    }
  | { kind: 'no-answer' };

export interface CategoryPacerOptions {
  /** The documented quota; absent, requests go unpaced until a response or a 429 says how. */
  quota?: { limit: number; windowMs: number };
  /** Requests that may leave back to back after a quiet spell. Default the quota's limit, as the server's bucket holds. */
  burst?: number;
  clock: PacerClock;
  /** The longest single wait, which also caps a pause that a server asks for. */
  maxPauseMs: number;
  /**
   * The pause after a 429 that says no `Retry-After`, doubled for each such 429 in a row, up to
   * `maxMs`. Default: one refill interval of the quota (1 s when unpaced), up to `maxPauseMs`.
   */
  backoff?: { baseMs: number; maxMs: number };
}

/** How one `acquire` may wait. */
export interface AcquireOptions {
  signal?: AbortSignal | undefined;
  /** The longest this request may wait in all; a longer wait fails at once with PacingWaitTooLongError. Default: no bound. */
  maxWaitMs?: number | undefined;
  /** What the wait is for, named in that error. Default `the rate limit`. */
  what?: string | undefined;
}

/** The pause a 429 started, and the rate after it. */
export interface PacerPause {
  pauseMs: number;
  perSecond: number | undefined;
}
