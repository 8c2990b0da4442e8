import { argumentsOf } from '@pinkit/arguments';
import type { RateLimitHeaders, RateLimitPolicy } from '@pinkit/timing';
import type { HeadersLike } from './fetch-like.js';

export type { RateLimitHeaders, RateLimitPolicy };

// A header's value is the server's: anything but a non-negative number counts as absent.
const count = (text: unknown): number | undefined => {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const value = Number(text.trim());
  return Number.isFinite(value) && value >= 0 ? value : undefined;
};
const check = argumentsOf('parseRateLimitHeaders');

/**
 * Reads Pinterest's rate-limit headers, which follow the IETF RateLimit draft: a real v5 answer
 * carried `X-RateLimit-Limit: 100, 100;w=1, 1000;w=60`, `X-RateLimit-Remaining: 99` and
 * `X-RateLimit-Reset: 1`. Pinterest does not document them, so anything unreadable counts as absent.
 */
export function parseRateLimitHeaders(headers: HeadersLike): RateLimitHeaders | undefined {
  check.object(headers, 'headers');
  check.function(headers.get, 'headers.get');
  const remaining = count(headers.get('x-ratelimit-remaining'));
  const limitText: unknown = headers.get('x-ratelimit-limit');
  const [first, ...rest] = (typeof limitText === 'string' ? limitText : '').split(',');
  const limit = count(first);
  if (remaining === undefined || limit === undefined) return undefined;
  const policies: RateLimitPolicy[] = [];
  for (const item of rest) {
    const [quotaText, ...parameters] = item.split(';');
    const window = parameters.map((parameter) => /^\s*w\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(parameter)?.[1]).find(Boolean);
    const quota = count(quotaText);
    if (quota !== undefined && window !== undefined && Number(window) > 0) policies.push({ quota, windowSeconds: Number(window) });
  }
  return { limit, remaining, resetSeconds: count(headers.get('x-ratelimit-reset')), policies };
}
