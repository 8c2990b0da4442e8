import type { RateLimitHeaders, RateLimitPolicy } from '@pinkit/timing';
import type { HeadersLike } from './fetch-like.js';

export type { RateLimitHeaders, RateLimitPolicy };

const count = (text: string | undefined): number | undefined => {
  const value = Number(text?.trim());
  return text !== undefined && text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : undefined;
};

/**
 * Reads Pinterest's rate-limit headers, which follow the IETF RateLimit draft: a real v5 answer
 * carried `X-RateLimit-Limit: 100, 100;w=1, 1000;w=60`, `X-RateLimit-Remaining: 99` and
 * `X-RateLimit-Reset: 1`. Pinterest does not document them, so anything unreadable counts as absent.
 */
export function parseRateLimitHeaders(headers: HeadersLike): RateLimitHeaders | undefined {
  const remaining = count(headers.get('x-ratelimit-remaining') ?? undefined);
  const [first, ...rest] = (headers.get('x-ratelimit-limit') ?? '').split(',');
  const limit = count(first);
  if (remaining === undefined || limit === undefined) return undefined;
  const policies: RateLimitPolicy[] = [];
  for (const item of rest) {
    const [quotaText, ...parameters] = item.split(';');
    const window = parameters.map((parameter) => /^\s*w\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(parameter)?.[1]).find(Boolean);
    const quota = count(quotaText);
    if (quota !== undefined && window !== undefined && Number(window) > 0) policies.push({ quota, windowSeconds: Number(window) });
  }
  return { limit, remaining, resetSeconds: count(headers.get('x-ratelimit-reset') ?? undefined), policies };
}
