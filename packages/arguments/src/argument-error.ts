import { describeValue } from './describe-value.js';

/**
 * A public function was called with an argument it cannot use. Thrown before anything is read, written
 * or sent, so the call had no effect. A `TypeError`, as a wrong argument is one; its own name so that a
 * caller (and a CLI) can tell "you called me wrongly" from a failure deep inside.
 */
export class ArgumentError extends TypeError {
  override readonly name = 'ArgumentError';
  /** The function that refused, e.g. `createV5Client`. */
  readonly functionName: string;
  /** The argument as a caller spells it, e.g. `options.token`. */
  readonly argument: string;
  /** What it must be, e.g. `a non-empty string`. */
  readonly expected: string;

  /** The value itself is never kept or printed: it may be a token. */
  constructor(functionName: string, argument: string, expected: string, value: unknown) {
    super(`${functionName}: ${argument} must be ${expected}, not ${describeValue(value)}.`);
    this.functionName = functionName;
    this.argument = argument;
    this.expected = expected;
  }
}
