import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-policy.js';
import { readNumber } from './read-number.js';

describe('readNumber', () => {
  it.each([
    ['12', 12],
    [' 7 ', 7],
    ['-3.5', -3.5],
    ['+0.25', 0.25],
    ['.5', 0.5],
    ['1e3', 1000],
    ['2.5E-2', 0.025],
    [42, 42],
    [-0.5, -0.5],
  ])('reads the decimal %j as %d', (value, expected) => {
    expect(readNumber(value)).toBe(expected);
  });

  // Number() reads all of these: hex, binary and octal literals, Infinity, an empty string as 0.
  it.each([
    '0x1F',
    '0b101',
    '0o17',
    '0X10',
    'Infinity',
    '-Infinity',
    'NaN',
    '',
    '  ',
    '1_000',
    '1,5',
    '12px',
    '1e',
    '--1',
    null,
    true,
    [],
    {},
  ])('refuses %j, which is no decimal number', (value) => {
    expect(readNumber(value)).toBeUndefined();
  });

  it('refuses what is finite but beyond any count or amount, which overflows arithmetic on it', () => {
    for (const value of ['1e308', '-1e308', 1e308, -1e308, Number.POSITIVE_INFINITY, Number.NaN, '1e400', 2 ** 60]) {
      expect(readNumber(value)).toBeUndefined();
    }
    expect(readNumber(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('keeps to the range and integers when asked', () => {
    expect(readNumber('5', { min: 0, max: 23, integer: true })).toBe(5);
    expect(readNumber('24', { min: 0, max: 23 })).toBeUndefined();
    expect(readNumber('-1', { min: 0 })).toBeUndefined();
    expect(readNumber('2.5', { integer: true })).toBeUndefined();
  });
});

describe('Retry-After through the strict reader', () => {
  it('is seconds only in decimal: "0x10" is no wait of 16 s', () => {
    expect(parseRetryAfter('0x10', 0)).toBeUndefined();
    expect(parseRetryAfter('0b11', 0)).toBeUndefined();
    expect(parseRetryAfter('16', 0)).toBe(16_000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 0)).toBe(10_000);
  });
});
