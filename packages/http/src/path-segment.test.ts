import { describe, expect, it } from 'vitest';
import { pathSegmentProblem } from './path-segment.js';

describe('pathSegmentProblem', () => {
  it('accepts ids and usernames', () => {
    for (const value of ['549755885175', 'pinkit_demo', 'a.b']) expect(pathSegmentProblem(value)).toBeUndefined();
  });

  it('names what is wrong with a value that would not stay one segment', () => {
    expect(pathSegmentProblem(undefined)).toBe('is missing');
    expect(pathSegmentProblem(12)).toBe('must be a string, not number');
    expect(pathSegmentProblem('')).toBe('is empty');
    expect(pathSegmentProblem('x'.repeat(257))).toBe('is longer than 256 characters');
    expect(pathSegmentProblem('..')).toBe('cannot be ".."');
    expect(pathSegmentProblem('a/b')).toBe('"a/b" cannot contain "/" or "\\" (it is one path segment)');
    expect(pathSegmentProblem('a\nb')).toBe('cannot contain control characters');
  });
});
