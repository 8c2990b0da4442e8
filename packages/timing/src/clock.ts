import { sleep, type Sleep } from './sleep.js';

/** Time as a pacer, a retry loop or a poller sees it; tests pass a virtual clock instead of patching timers. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason as soon as it aborts. */
  sleep: Sleep;
}

export const systemClock: Clock = Object.freeze({ now: () => Date.now(), sleep });
