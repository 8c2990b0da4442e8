import type { Clock } from '../clock.js';

interface Timer {
  at: number;
  order: number;
  fire: () => void;
}

/**
 * Virtual time: sleeps resolve in due order without waiting, each one moving `now()` forward.
 * One timer fires per macrotask, so in-flight (fake) requests keep interleaving with sleepers.
 */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  #now = 0;
  #order = 0;
  #timers: Timer[] = [];

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.sleeps.push(ms);
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.#timers = this.#timers.filter((timer) => timer !== entry);
        reject(signal?.reason);
      };
      const entry: Timer = {
        at: this.#now + Math.max(0, ms),
        order: this.#order++,
        fire: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#timers.push(entry);
      setImmediate(() => this.#fireNext());
    });
  }

  #fireNext(): void {
    this.#timers.sort((a, b) => a.at - b.at || a.order - b.order);
    const next = this.#timers.shift();
    if (!next) return;
    this.#now = Math.max(this.#now, next.at);
    next.fire();
  }
}
