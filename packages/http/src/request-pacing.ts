import { CategoryPacer, type PaceOutcome, type PacerClock } from './category-pacer.js';
import type { RateLimitTable } from './rate-limit-table.js';

/** Ends one paced request: tells its pacers how it went. */
export type SettlePace = (outcome: PaceOutcome) => void;

/**
 * The pacers of one client: one per rate-limit category, made on first use from the table, and
 * one for the universal per-second limit that every request passes. Requests without a category
 * (token endpoints, uploads) pass only the universal one. It also remembers how long each request
 * waited here, so that the retry budget counts time spent talking to the server, not queueing.
 */
export class RequestPacing {
  readonly #table: RateLimitTable;
  readonly #clock: PacerClock;
  readonly #maxPauseMs: number;
  readonly #pacers = new Map<string, CategoryPacer>();
  readonly #universal: CategoryPacer | undefined;
  readonly #waited = new WeakMap<object, number>();

  constructor(table: RateLimitTable, clock: PacerClock, maxPauseMs = 60_000) {
    this.#table = table;
    this.#clock = clock;
    this.#maxPauseMs = maxPauseMs;
    this.#universal =
      table.perSecond === undefined
        ? undefined
        : new CategoryPacer({ quota: { limit: table.perSecond, windowMs: 1000 }, clock, maxPauseMs });
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

  /** Waits for the request's category, then the universal limit; `request` keys the waited time. */
  async acquire(request: object, category: string | undefined, signal?: AbortSignal): Promise<SettlePace> {
    const started = this.#clock.now();
    const own = category === undefined ? undefined : this.pacer(category);
    const ownTicket = await own?.acquire(signal);
    let universalTicket;
    try {
      universalTicket = await this.#universal?.acquire(signal);
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
}
