import { argumentsOf } from '@pinkit/arguments';

const check = argumentsOf('backoffDelay');

export interface BackoffOptions {
  /** The first delay's ceiling; it doubles with each attempt. */
  baseDelayMs: number;
  /** The ceiling no delay passes. */
  maxDelayMs: number;
  /** Random source in [0, 1], injectable so tests are repeatable; `() => 1` keeps the whole step. */
  random: () => number;
}

/**
 * The delay before retry number `attempt` (1-based): exponential backoff with "equal jitter".
 * Half of the step is kept so that retries never fire back to back, the other half is random so
 * that many clients (or a copy's concurrent writers) that failed together do not retry in step.
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  check.integer(attempt, 'attempt', { min: 0 });
  check.object(options, 'options');
  check.number(options.baseDelayMs, 'options.baseDelayMs', { min: 0 });
  check.number(options.maxDelayMs, 'options.maxDelayMs', { min: 0 });
  check.function(options.random, 'options.random');
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * options.random());
}
