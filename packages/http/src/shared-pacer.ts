import type { CategoryPacer } from '@pinkit/timing';

/**
 * A client's pacer for one rate-limit category, shaped as `@pinkit/copy-engine`'s `WritePacer`
 * port, so that an engine which knows no HTTP package paces its writes with the client's
 * buckets instead of a second one of its own. The client hears every answer and 429 itself, so
 * `succeeded` and `rateLimited` only read what the pacer already learnt.
 */
export class SharedPacer {
  readonly #pacer: CategoryPacer;
  readonly #take: (signal?: AbortSignal) => Promise<void>;

  constructor(pacer: CategoryPacer, take: (signal?: AbortSignal) => Promise<void>) {
    this.#pacer = pacer;
    this.#take = take;
  }

  /** Requests a second the category allows now; Infinity while nothing says how fast it refills. */
  get writesPerSecond(): number {
    return this.#pacer.perSecond ?? Infinity;
  }

  /** Waits for the category's token, which the next request of that category then uses. */
  acquire(signal?: AbortSignal): Promise<void> {
    return this.#take(signal);
  }

  succeeded(): void {}

  /** The pause the client's pacer started on the 429 it saw, and the rate after it. */
  rateLimited(): { pauseMs: number; writesPerSecond: number } {
    return { pauseMs: this.#pacer.pausedForMs, writesPerSecond: this.writesPerSecond };
  }
}
