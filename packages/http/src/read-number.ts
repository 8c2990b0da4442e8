import { argumentsOf } from '@pinkit/arguments';

// A plain decimal, as JSON writes numbers and as people write them: no hex (`0x1F`), binary
// (`0b101`) or octal literals, no `Infinity`, no separators. `Number()` takes all of those, and
// reads "" as 0.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const checkRange = argumentsOf('readNumber');

export interface NumberRange {
  /** Smallest value taken. Default -(2^53 - 1). */
  min?: number;
  /** Largest value taken. Default 2^53 - 1: no count or amount is larger, and sums of such stay finite. */
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
}

/**
 * The one reader of numbers that come from a server (metric values, `Retry-After`, hours): a
 * finite number, or a string holding a decimal, within `range`; anything else is `undefined`,
 * for the caller to treat as absent. `±1e308` is finite, yet its differences overflow to
 * `Infinity` and then `NaN`, so the default range stops at 2^53 - 1.
 */
export function readNumber(value: unknown, range: NumberRange = {}): number | undefined {
  // The value is the server's and may be anything; the range is the caller's and must make sense.
  checkRange.object(range, 'range');
  checkRange.number(range.min, 'range.min', { optional: true });
  checkRange.number(range.max, 'range.max', { optional: true });
  checkRange.boolean(range.integer, 'range.integer', { optional: true });
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && DECIMAL.test(value.trim())) number = Number(value.trim());
  else return undefined;
  const { min = -Number.MAX_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  if (!Number.isFinite(number) || number < min || number > max) return undefined;
  if (range.integer && !Number.isInteger(number)) return undefined;
  return number;
}
