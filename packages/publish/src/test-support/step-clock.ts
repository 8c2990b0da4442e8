import type { Clock } from '@pinkit/copy-engine';

/** Virtual time that starts at `start` and moves only when someone sleeps: waits cost nothing. */
export class StepClock implements Clock {
  #now: number;
  readonly sleeps: number[] = [];

  constructor(start: number) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): void {
    this.#now += ms;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    this.sleeps.push(ms);
    this.#now += Math.max(0, ms);
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
  }
}
