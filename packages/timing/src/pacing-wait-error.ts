import { describeWait } from './describe-wait.js';

/**
 * A pacer would have to hold a request longer than it may wait (the caller's retry budget): a
 * quota spent for hours, or a pause a server asked for. Like a `Retry-After` past the budget, it
 * fails at once and names the wait, so the user can decide whether to run again later.
 */
export class PacingWaitTooLongError extends Error {
  override name = 'PacingWaitTooLongError';
  /** The wait the pacer foresaw, in milliseconds. */
  readonly waitMs: number;
  /** The longest wait allowed. */
  readonly limitMs: number;
  /** What was waited for, such as `the org_write rate limit`. */
  readonly what: string;

  constructor(what: string, waitMs: number, limitMs: number) {
    super(`Waiting for ${what} would take ${describeWait(waitMs)}, longer than the ${describeWait(limitMs)} allowed; giving up.`);
    this.what = what;
    this.waitMs = waitMs;
    this.limitMs = limitMs;
  }
}
