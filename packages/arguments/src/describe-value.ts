import { formatCount } from './format-count.js';

/**
 * What a value is, for an error message, without showing it: a wrong argument may be a token or a
 * password put in the wrong place, and text from a caller could carry terminal escapes. Numbers and
 * booleans are safe to show and say the most.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      if (value === '') return 'an empty string';
      return `a string of ${formatCount(value.length)} character${value.length === 1 ? '' : 's'}`;
    case 'number':
      return Number.isNaN(value) ? 'NaN' : `the number ${String(value)}`;
    case 'bigint':
      return 'a bigint';
    case 'boolean':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (Array.isArray(value)) return `an array of ${formatCount(value.length)}`;
      if (value instanceof Date) return 'a Date';
      return 'an object';
  }
}
