import { CategoryPacer, type PaceOutcome, type PacerClock, type PaceTicket } from '@pinkit/timing';
import type { RateLimitTable } from './rate-limit-table.js';
import { SharedPacer } from './shared-pacer.js';

/** Ends one paced request: tells its pacers how it went. */
export type SettlePace = (outcome: PaceOutcome) => void;

/**
 * The pacers of one client: one per rate-limit category, made on first use from the table, and
 * one for the universal per-second limit that every request passes. Requests without a category
 * (token endpoints, uploads) pass only the universal one. It also remembers how long each request
 * waited here, so that the retry budget counts time spent talking to the server, not queueing.
 * One wait is bounded like a `Retry-After`: by the retry budget, or by one refill of the
 * documented quota at the slowest pace 429s may cut it to, when that is longer (a quota of 1 a
 * minute means waiting minutes), so that no answer's headers can hold a request for longer.
 */
export class RequestPacing {
  readonly #table: RateLimitTable;
  readonly #clock: PacerClock;
  readonly #maxPauseMs: number;
  readonly #maxWaitMs: number;
  readonly #pacers = new Map<string, CategoryPacer>();
  readonly #universal: CategoryPacer | undefined;
  readonly #waited = new WeakMap<object, number>();
  /** Tokens a caller outside the client took ahead of its request (see `shared`), by category. */
  readonly #prepaid = new Map<string, PaceTicket[]>();
  readonly #shared = new Map<string, SharedPacer>();

  constructor(table: RateLimitTable, clock: PacerClock, options: { maxPauseMs?: number; maxWaitMs?: number } = {}) {
    this.#table = table;
    this.#clock = clock;
    this.#maxPauseMs = options.maxPauseMs ?? 60_000;
    this.#maxWaitMs = options.maxWaitMs ?? Infinity;
    this.#universal =
      table.perSecond === undefined
        ? undefined
        : new CategoryPacer({ quota: { limit: table.perSecond, windowMs: 1000 }, clock, maxPauseMs: this.#maxPauseMs });
  }

  /** The pacer of `category`, e.g. to read its current pace. */
  pacer(category: string): CategoryPacer {
    let pacer = this.#pacers.get(category);
    if (!pacer) {
      const limit = this.#table.perMinute[category];
      pacer = new CategoryPacer({
        ...(limit === undefined ? {} : { quota: { limit, windowMs: 60_000 } }),
        clock: this.#clock,
        maxPauseMs: this.#maxPauseMs,
      });
      this.#pacers.set(category, pacer);
    }
    return pacer;
  }

  /**
   * `category`'s pacer as a caller outside the client uses it (the copy engine's writes): its
   * `acquire` takes the token the next request of that category would take, so that request
   * leaves without a second wait and every write is paced once.
   */
  shared(category: string): SharedPacer {
    let shared = this.#shared.get(category);
    if (!shared) {
      const pacer = this.pacer(category);
      shared = new SharedPacer(pacer, async (signal) => {
        const ticket = await pacer.acquire({ signal, maxWaitMs: this.#maxWaitFor(category), what: `the ${category} rate limit` });
        this.#prepaid.set(category, [...(this.#prepaid.get(category) ?? []), ticket]);
      });
      this.#shared.set(category, shared);
    }
    return shared;
  }

  /** Waits for the request's category, then the universal limit; `request` keys the waited time. */
  async acquire(request: object, category: string | undefined, signal?: AbortSignal): Promise<SettlePace> {
    const started = this.#clock.now();
    const own = category === undefined ? undefined : this.pacer(category);
    const ownTicket =
      category === undefined
        ? undefined
        : (this.#takePrepaid(category) ??
          (await own?.acquire({ signal, maxWaitMs: this.#maxWaitFor(category), what: `the ${category} rate limit` })));
    let universalTicket;
    try {
      universalTicket = await this.#universal?.acquire({
        signal,
        maxWaitMs: Math.max(this.#maxWaitMs, this.#universal?.slowestRefillMs ?? 0),
        what: 'the rate limit across all requests',
      });
    } catch (error) {
      if (own && ownTicket) own.settle(ownTicket, { kind: 'no-answer' });
      throw error;
    }
    this.#waited.set(request, (this.#waited.get(request) ?? 0) + this.#clock.now() - started);
    return (outcome) => {
      if (own && ownTicket) own.settle(ownTicket, outcome);
      // The headers describe the category; the universal bucket only counts.
      if (this.#universal && universalTicket) this.#universal.settle(universalTicket, { kind: 'no-answer' });
    };
  }

  /** Milliseconds `request` has spent waiting here, over all its attempts. */
  waitedMs(request: object): number {
    return this.#waited.get(request) ?? 0;
  }

  #maxWaitFor(category: string): number {
    return Math.max(this.#maxWaitMs, this.pacer(category).slowestRefillMs);
  }

  #takePrepaid(category: string): PaceTicket | undefined {
    const queue = this.#prepaid.get(category);
    const ticket = queue?.shift();
    if (queue?.length === 0) this.#prepaid.delete(category);
    return ticket;
  }
}
