import { argumentsOf } from '@pinkit/arguments';

/** Waits for `ms` milliseconds; tests inject a virtual one instead of patching timers. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

// setTimeout fires at once (with a warning) past 2^31-1 ms, so a longer wait is taken in steps.
const LONGEST_TIMER_MS = 2 ** 31 - 1;
/** Every wait is bounded: a year is past any pause pinkit takes, so a longer one is a caller's mistake, not a plan. */
const LONGEST_SLEEP_MS = 365 * 86_400_000;
const check = argumentsOf('sleep');

/**
 * Resolves after `ms`, or rejects with the signal's own reason as soon as it aborts. The abort
 * listener goes when the wait ends: one signal outlives many waits (a whole copy run), and a
 * listener left behind on each would leak.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // Inside the executor, so that a wrong argument rejects like any other failure of the wait.
    check.number(ms, 'ms', { min: 0, max: LONGEST_SLEEP_MS });
    check.signal(signal, 'signal', { optional: true });
    if (signal?.aborted) return reject(signal.reason);
    if (!(ms > 0)) return resolve();
    const step = Math.min(ms, LONGEST_TIMER_MS);
    const onAbort = () => (clearTimeout(timer), reject(signal?.reason));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      if (ms > step) sleep(ms - step, signal).then(resolve, reject);
      else resolve();
    }, step);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
