import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff-delay.js';

describe('backoffDelay', () => {
  const options = { baseDelayMs: 1000, maxDelayMs: 5000 };

  it('doubles from the base, keeps half of each step and jitters the other half', () => {
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, { ...options, random: () => 0 }))).toEqual([500, 1000, 2000]);
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, { ...options, random: () => 0.999 }))).toEqual([1000, 1999, 3998]);
  });

  it('never passes maxDelayMs', () => {
    expect(backoffDelay(30, { ...options, random: () => 0.999 })).toBeLessThanOrEqual(5000);
  });
});
