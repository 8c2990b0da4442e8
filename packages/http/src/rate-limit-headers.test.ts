import { describe, expect, it } from 'vitest';
import { parseRateLimitHeaders } from './rate-limit-headers.js';

const headers = (values: Record<string, string>) => new Headers(values);

describe('parseRateLimitHeaders', () => {
  it('reads the form a real v5 answer had: the quota, its policies, what is left and the reset', () => {
    expect(
      parseRateLimitHeaders(
        headers({ 'X-RateLimit-Limit': '100, 100;w=1, 1000;w=60', 'X-RateLimit-Remaining': '99', 'X-RateLimit-Reset': '1' }),
      ),
    ).toEqual({
      limit: 100,
      remaining: 99,
      resetSeconds: 1,
      policies: [
        { quota: 100, windowSeconds: 1 },
        { quota: 1000, windowSeconds: 60 },
      ],
    });
  });

  it('takes a bare limit without policies or reset', () => {
    expect(parseRateLimitHeaders(headers({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '3' }))).toEqual({
      limit: 10,
      remaining: 3,
      resetSeconds: undefined,
      policies: [],
    });
  });

  it.each<Record<string, string>>([
    {},
    { 'x-ratelimit-limit': '10' },
    { 'x-ratelimit-limit': 'many', 'x-ratelimit-remaining': '3' },
    { 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '-1' },
  ])('treats %j as no headers', (values) => {
    expect(parseRateLimitHeaders(headers(values))).toBeUndefined();
  });

  it('skips policies it cannot read', () => {
    const parsed = parseRateLimitHeaders(headers({ 'x-ratelimit-limit': '5, 5;q=3, x;w=1, 5;w=0, 5;w=60', 'x-ratelimit-remaining': '4' }));
    expect(parsed?.policies).toEqual([{ quota: 5, windowSeconds: 60 }]);
  });
});
