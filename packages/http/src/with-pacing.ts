import { ApiError, RateLimitError } from './errors.js';
import type { Logger } from './logger.js';
import type { SendRequest } from './prepared-request.js';
import { parseRateLimitHeaders } from './rate-limit-headers.js';
import type { RequestPacing } from './request-pacing.js';

/**
 * Holds each attempt until its rate-limit category (`rateLimitCategory`) may send, and feeds the
 * answer back: its `X-RateLimit-*` headers, or the 429. Sits inside the retry layer, so a retry
 * is paced like any request.
 */
export function withPacing(next: SendRequest, pacing: RequestPacing, logger: Logger): SendRequest {
  return async (request) => {
    const before = pacing.waitedMs(request);
    const settle = await pacing.acquire(request, request.rateLimitCategory, request.signal);
    const waited = pacing.waitedMs(request) - before;
    // Waits are the normal pace under a limit, not news: shown with the headers, at level 3.
    if (waited >= 100) logger.log(3, `${request.method} ${request.summary.url} waited ${(waited / 1000).toFixed(1)} s for its rate limit`);
    try {
      const response = await next(request);
      settle({ kind: 'answered', rateLimit: parseRateLimitHeaders(response.headers) });
      return response;
    } catch (error) {
      if (error instanceof RateLimitError) settle({ kind: 'rate-limited', rateLimit: error.rateLimit, retryAfterMs: error.retryAfterMs });
      else if (error instanceof ApiError) settle({ kind: 'answered', rateLimit: error.rateLimit });
      else settle({ kind: 'no-answer' });
      throw error;
    }
  };
}
