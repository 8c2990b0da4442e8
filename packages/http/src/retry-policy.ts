import { argumentsOf } from '@pinkit/arguments';
import { backoffDelay } from '@pinkit/timing';
import { NetworkError, RateLimitError, SpamError, type HttpError } from './errors.js';
import { ApiError } from './errors.js';
import { readNumber } from './read-number.js';

export interface RetryOptions {
  /** Attempts in all, the first included. Default 4. */
  maxAttempts?: number;
  /** First backoff delay; doubles each retry. Default 500 ms. */
  baseDelayMs?: number;
  /** Ceiling for one delay (a longer `Retry-After` still wins, within `maxElapsedMs`). Default 30 s. */
  maxDelayMs?: number;
  /** No retry starts once this much time has passed since the first attempt. Default 120 s. */
  maxElapsedMs?: number;
  /** Random source for jitter, injectable so tests are repeatable. */
  random?: () => number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  return {
    maxAttempts: options.maxAttempts ?? 4,
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 30_000,
    maxElapsedMs: options.maxElapsedMs ?? 120_000,
    random: options.random ?? Math.random,
  };
}

const checkRetryable = argumentsOf('isRetryable');
const checkRetryAfter = argumentsOf('parseRetryAfter');
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether `error` may be retried for a request with `method`. Reads retry on 429, 5xx and
 * network failures. Writes retry only when the server cannot have acted: a rate-limit 429 (the
 * request was refused) or a connection that was never established. Anything else a write meets
 * may have taken effect, so the caller has to check before trying again.
 */
export function isRetryable(error: HttpError, method: string): boolean {
  if (!(error instanceof Error)) checkRetryable.fail('error', 'an Error', error);
  checkRetryable.string(method, 'method', { maxLength: 16, singleLine: true });
  if (error instanceof SpamError) return false;
  if (error instanceof RateLimitError) return true;
  const safe = SAFE_METHODS.has(method.toUpperCase());
  if (error instanceof NetworkError) return safe || error.notSent;
  if (error instanceof ApiError) return safe && error.status >= 500;
  return false;
}

/**
 * Delay before retry number `retry` (1-based): `Retry-After` when the server sent one,
 * otherwise exponential backoff with jitter, so that many clients do not retry in step.
 */
export function retryDelayMs(error: HttpError, retry: number, options: ResolvedRetryOptions): number {
  if (error instanceof RateLimitError && error.retryAfterMs !== undefined) return error.retryAfterMs;
  return backoffDelay(retry, options);
}

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  // The header's value, or null when absent, as HeadersLike.get answers; its text is the server's and may be anything.
  if (value !== null) checkRetryAfter.string(value, 'value', { optional: true, allowEmpty: true });
  checkRetryAfter.number(now, 'now');
  if (!value) return undefined;
  const seconds = readNumber(value, { min: 0 });
  if (seconds !== undefined) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
