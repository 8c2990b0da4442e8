import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count.js';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect([0, 7, 999, 1000, 4096, 10_485_760].map(formatCount)).toEqual(['0', '7', '999', '1,000', '4,096', '10,485,760']);
  });
});
