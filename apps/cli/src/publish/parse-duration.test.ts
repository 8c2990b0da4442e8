import { describe, expect, it } from 'vitest';
import { parseDuration } from './parse-duration.js';

describe('parseDuration', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect(['45s', '30m', '24h', '2d'].map((text) => parseDuration(text, '--late'))).toEqual([45_000, 1_800_000, 86_400_000, 172_800_000]);
  });

  it('refuses what is not a duration, zero, or more than a year, naming the flag', () => {
    for (const text of ['24', '1.5h', '0h', '400d', '-1h', 'soon']) {
      expect(() => parseDuration(text, '--late')).toThrow(/^--late takes a duration such as 30m/);
    }
  });
});
