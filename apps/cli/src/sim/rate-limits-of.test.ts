import { describe, expect, it } from 'vitest';
import { rateLimitsOf } from './rate-limits-of.js';

describe('rateLimitsOf', () => {
  it('passes CATEGORY=N/min values on by category, off as false, and nothing as undefined', () => {
    expect(rateLimitsOf(['org_write=20/min', 'universal=50/s'])).toEqual({ org_write: '20/min', universal: '50/s' });
    expect(rateLimitsOf(['off'])).toBe(false);
    expect(rateLimitsOf(undefined)).toBeUndefined();
  });

  it('refuses off among other values and a value without a category', () => {
    expect(() => rateLimitsOf(['off', 'org_write=1/min'])).toThrow('--rate-limit off lifts every limit; give it alone.');
    expect(() => rateLimitsOf(['5/min'])).toThrow(/expected CATEGORY=N\/min/);
  });
});
