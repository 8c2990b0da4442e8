import type { HeadersLike } from './fetch-like.js';

/** One quota policy of `X-RateLimit-Limit`: `1000;w=60` is 1000 requests per 60 seconds. */
export interface RateLimitPolicy {
  quota: number;
  windowSeconds: number;
}

/** What a response's `X-RateLimit-*` headers say about its rate-limit category. */
export interface RateLimitHeaders {
  /** The quota `remaining` counts down from: the first value of `X-RateLimit-Limit`. */
  limit: number;
  /** Requests left before a 429 (`X-RateLimit-Remaining`). */
  remaining: number;
  /** Seconds until the quota is whole again (`X-RateLimit-Reset`), when sent. */
  resetSeconds: number | undefined;
  /** The policies listed after the limit, when sent. */
  policies: RateLimitPolicy[];
}

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
