import { describe, expect, it } from 'vitest';
import { describeWait } from './describe-wait.js';

describe('describeWait', () => {
  it('names a wait in the largest unit that still reads as a whole number', () => {
    expect(describeWait(1000)).toBe('1 second');
    expect(describeWait(90_000)).toBe('90 seconds');
    expect(describeWait(20 * 60_000)).toBe('20 minutes');
    expect(describeWait(5 * 3_600_000)).toBe('5 hours');
    expect(describeWait(999_999_000)).toBe('11 days');
  });
});
