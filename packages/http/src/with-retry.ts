import { describeWait, type Sleep } from '@pinkit/timing';
import { HttpError, NetworkError, RateLimitError } from './errors.js';
import type { Logger } from './logger.js';
import type { PreparedRequest, SendRequest } from './prepared-request.js';
import { isRetryable, retryDelayMs, type ResolvedRetryOptions } from './retry-policy.js';

export type { Sleep };

export interface RetryTiming {
  /** The clock the time budget runs on (default Date.now). */
  now?: () => number;
  /** How long a request has waited for its rate limit, which the budget leaves out. */
  pacedMs?: (request: PreparedRequest) => number;
}

/**
 * Repeats an attempt that failed in a way `isRetryable` allows (never a write that may have
 * landed), waiting `Retry-After` or a jittered backoff, within the attempt and time budgets.
 */
export function withRetry(
  next: SendRequest,
  retry: ResolvedRetryOptions,
  sleep: Sleep,
  logger: Logger,
  timing: RetryTiming = {},
): SendRequest {
  const now = timing.now ?? Date.now;
  const pacedMs = timing.pacedMs ?? (() => 0);
  return async (request) => {
    const started = now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await next(request);
      } catch (error) {
        if (!(error instanceof HttpError) || !request.retry || attempt >= retry.maxAttempts || !isRetryable(error, request.method))
          throw error;
        const delay = retryDelayMs(error, attempt, retry);
        // Time spent queueing for the rate limit (withPacing) is no reason to give up a retry.
        if (now() - started - pacedMs(request) + delay > retry.maxElapsedMs) throw tooLongToWait(error, delay);
        const why = error instanceof NetworkError ? error.message : `${error.name} ${'status' in error ? error.status : ''}`.trim();
        logger.log(1, `${why}; retry ${attempt}/${retry.maxAttempts - 1} of ${request.method} ${request.summary.url} in ${delay} ms`);
        await sleep(delay, request.signal);
      }
    }
  };
}

/**
 * A server-chosen wait past the time budget fails at once rather than stall every caller (a
 * hostile `Retry-After: 999999` is 11 days); the message says how long was asked, so the user
 * can decide whether to run again later.
 */
function tooLongToWait(error: HttpError, delay: number): HttpError {
  if (!(error instanceof RateLimitError) || error.retryAfterMs === undefined) return error;
  const asked = error.retryAfter === undefined ? '' : ` (Retry-After: ${error.retryAfter})`;
  return new RateLimitError({
    status: error.status,
    ...(error.code === undefined ? {} : { code: error.code }),
    ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
    message: `Pinterest asked to wait ${describeWait(delay)}${asked}; giving up. ${error.message}`,
    request: error.request,
    body: error.body,
    retryAfterMs: error.retryAfterMs,
    ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
  });
}
