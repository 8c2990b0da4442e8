import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

describe('editDistance', () => {
  it('is 0 for equal strings and the length of the other for an empty one', () => {
    expect(editDistance('get-pin', 'get-pin')).toBe(0);
    expect(editDistance('', 'sim')).toBe(3);
    expect(editDistance('demo', '')).toBe(4);
  });

  it('counts an insertion, a deletion and a substitution as one each', () => {
    expect(editDistance('get-pinn', 'get-pin')).toBe(1);
    expect(editDistance('get-pi', 'get-pin')).toBe(1);
    expect(editDistance('get-pen', 'get-pin')).toBe(1);
  });

  it('counts two swapped neighbours as one', () => {
    expect(editDistance('get-pni', 'get-pin')).toBe(1);
    expect(editDistance('auth stauts', 'auth status')).toBe(1);
  });

  it('adds up separate edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
