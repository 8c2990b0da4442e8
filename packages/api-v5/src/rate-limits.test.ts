import { describe, expect, it } from 'vitest';
import { V5_OPERATIONS } from './operations.js';
import { V5_RATE_LIMITS } from './rate-limits.js';

describe('V5_RATE_LIMITS', () => {
  it('gives the documented Standard-access limits a minute and the universal 100 a second', () => {
    expect(V5_RATE_LIMITS.perMinute).toMatchObject({ org_read: 1000, org_write: 100, org_analytics: 60, ads_write: 400, trends_read: 60 });
    expect(V5_RATE_LIMITS.perSecond).toBe(100);
  });

  it('names only categories that operations carry, and covers all but the undocumented msot_write and ads_estimates_read', () => {
    const used = new Set<string | null>(Object.values(V5_OPERATIONS).map((operation) => operation.rateLimitCategory));
    for (const category of Object.keys(V5_RATE_LIMITS.perMinute)) expect(used.has(category), category).toBe(true);
    const unpaced = [...used].filter((category) => category !== null && !(category in V5_RATE_LIMITS.perMinute));
    expect(unpaced.sort()).toEqual(['ads_estimates_read', 'msot_write']);
  });
});
