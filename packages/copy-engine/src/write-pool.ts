/**
 * Bounds how many copy tasks (each doing at most one write at a time) run at once. `spawn`
 * waits for a free slot before starting a task, which is what keeps the readers only a little
 * ahead of the writers instead of loading a whole account into memory.
 */
export class WritePool {
  readonly #limit: number;
  readonly #onTaskError: (error: unknown) => void;
  readonly #waiters: Array<() => void> = [];
  readonly #running = new Set<Promise<void>>();
  #active = 0;

  constructor(limit: number, onTaskError: (error: unknown) => void) {
    this.#limit = limit;
    this.#onTaskError = onTaskError;
  }

  /** Runs `task` in a slot and returns its result. */
  async run<T>(task: () => Promise<T>, signal: AbortSignal): Promise<T> {
    await this.#acquire(signal);
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  /** Starts `task` in the background once a slot is free; its errors go to `onTaskError`. */
  async spawn(task: () => Promise<void>, signal: AbortSignal): Promise<void> {
    await this.#acquire(signal);
    const running = task()
      .catch(this.#onTaskError)
      .finally(() => {
        this.#running.delete(running);
        this.#release();
      });
    this.#running.add(running);
  }

  /** Resolves when every spawned task has settled. */
  async drain(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running]);
  }

  async #acquire(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    if (this.#active < this.#limit) {
      this.#active += 1;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const waiter = () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  #release(): void {
    const next = this.#waiters.shift();
    // The slot passes straight to the next waiter, so #active stays unchanged.
    if (next) next();
    else this.#active -= 1;
  }
}
