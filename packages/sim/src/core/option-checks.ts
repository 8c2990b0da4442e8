import { describeValue } from '@pinkit/arguments';
import { SimulatorOptionsError } from '../simulator-options-error.js';

// Checks shared by the simulator's options and its methods. Messages say what a value was
// (`a string of 4 characters`), never the value: it may be a token, or text with line breaks.

export { describeValue };

/** A plain object (an options bag), not an array, a Date or a class instance. */
export function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/** An id (or a token) as the simulator's records are keyed: a string on one line. */
export function checkSimId(method: string, option: string, value: unknown, what = 'an id'): string {
  if (typeof value !== 'string' || value === '' || value.length > 4_096 || CONTROL.test(value)) {
    throw new SimulatorOptionsError(
      option,
      value,
      `${method}: ${option} must be ${what} (a string on one line), not ${describeValue(value)}.`,
    );
  }
  return value;
}

/** A list of short single-line strings (scopes, roles, domains). */
export function checkWords(method: string, option: string, value: unknown, pattern = /^[^\u0000-\u001f\u007f]{1,256}$/): string[] {
  if (!Array.isArray(value) || value.length > 1_000 || value.some((item) => typeof item !== 'string' || !pattern.test(item))) {
    throw new SimulatorOptionsError(option, value, `${method}: ${option} must be a list of names, not ${describeValue(value)}.`);
  }
  return value as string[];
}
