import { ArgumentError } from './argument-error.js';
import { formatCount } from './format-count.js';

interface Optional {
  /** `undefined` is accepted (and returned); `null` is not, since JSON and callers mean something by it. */
  optional: true;
}

export interface StringRules {
  /** Accept `''`; by default an empty string is refused, as it is almost always a missing value. */
  allowEmpty?: boolean;
  /** Longest accepted length, in UTF-16 units. */
  maxLength?: number;
  /** Refuse control characters (CR, LF, NUL, ...): the value goes into a header, a path or one line of output. */
  singleLine?: boolean;
  /** A pattern the whole value must match, and how to say it (`"digits only"`). */
  pattern?: { test: RegExp; says: string };
}

export interface NumberRules {
  min?: number;
  max?: number;
}

export interface ArrayRules {
  maxLength?: number;
  allowEmpty?: boolean;
}

/** The checks one public function makes; each returns the value, typed, or throws {@link ArgumentError}. */
export interface ArgumentChecks {
  string(value: unknown, argument: string, rules: StringRules & Optional): string | undefined;
  string(value: unknown, argument: string, rules?: StringRules): string;
  integer(value: unknown, argument: string, rules: NumberRules & Optional): number | undefined;
  integer(value: unknown, argument: string, rules?: NumberRules): number;
  number(value: unknown, argument: string, rules: NumberRules & Optional): number | undefined;
  number(value: unknown, argument: string, rules?: NumberRules): number;
  boolean(value: unknown, argument: string, rules: Optional): boolean | undefined;
  boolean(value: unknown, argument: string): boolean;
  oneOf<const T>(value: unknown, argument: string, allowed: readonly T[], rules: Optional): T | undefined;
  oneOf<const T>(value: unknown, argument: string, allowed: readonly T[]): T;
  /** An object (not null, not an array), e.g. an options bag. */
  object(value: unknown, argument: string, rules: Optional): Record<string, unknown> | undefined;
  object(value: unknown, argument: string): Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the caller narrows it
  function(value: unknown, argument: string, rules: Optional): Function | undefined;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the caller narrows it
  function(value: unknown, argument: string): Function;
  array(value: unknown, argument: string, rules: ArrayRules & Optional): unknown[] | undefined;
  array(value: unknown, argument: string, rules?: ArrayRules): unknown[];
  signal(value: unknown, argument: string, rules: Optional): AbortSignal | undefined;
  signal(value: unknown, argument: string): AbortSignal;
  /** An absolute http: or https: URL, given as a string or a URL. */
  httpUrl(value: unknown, argument: string, rules: Optional): URL | undefined;
  httpUrl(value: unknown, argument: string): URL;
  /** Throws for `argument` with `expected`; for the checks a function makes itself. */
  fail(argument: string, expected: string, value: unknown): never;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function isOptional(rules: object | undefined): boolean {
  return rules !== undefined && 'optional' in rules && rules.optional === true;
}

function joinChoices(allowed: readonly unknown[]): string {
  const shown = allowed.map((choice) => (typeof choice === 'string' ? `"${choice}"` : String(choice)));
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1) ?? ''}`;
}

function rangeText(kind: string, rules: NumberRules | undefined): string {
  const { min, max } = rules ?? {};
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} of at least ${min}`;
  if (max !== undefined) return `${kind} of at most ${max}`;
  return kind;
}

/**
 * The checks for one public function, named in every message: `const check = argumentsOf('createV5Client')`,
 * then `check.string(options.token, 'options.token', { singleLine: true, maxLength: 4096 })`.
 */
export function argumentsOf(functionName: string): ArgumentChecks {
  const fail = (argument: string, expected: string, value: unknown): never => {
    throw new ArgumentError(functionName, argument, expected, value);
  };

  function checkNumber(value: unknown, argument: string, rules: NumberRules | undefined, integer: boolean): number | undefined {
    if (value === undefined && isOptional(rules)) return undefined;
    const refuse = () => fail(argument, rangeText(integer ? 'an integer' : 'a finite number', rules), value);
    if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isSafeInteger(value))) return refuse();
    if ((rules?.min !== undefined && value < rules.min) || (rules?.max !== undefined && value > rules.max)) return refuse();
    return value;
  }

  const checks = {
    fail,
    string(value: unknown, argument: string, rules?: StringRules & Partial<Optional>) {
      if (value === undefined && isOptional(rules)) return undefined;
      const limit = rules?.maxLength;
      // The sentence is made only for a refusal: checks run on every call.
      const refuse = () =>
        fail(
          argument,
          (rules?.allowEmpty === true ? 'a string' : 'a non-empty string') +
            (limit !== undefined ? ` of at most ${formatCount(limit)} characters` : '') +
            (rules?.singleLine === true ? ' without control characters' : '') +
            (rules?.pattern ? ` (${rules.pattern.says})` : ''),
          value,
        );
      if (typeof value !== 'string') return refuse();
      if (value === '' && rules?.allowEmpty !== true) return refuse();
      if (limit !== undefined && value.length > limit) return refuse();
      if (rules?.singleLine === true && CONTROL.test(value)) return refuse();
      if (rules?.pattern && !rules.pattern.test.test(value)) return refuse();
      return value;
    },
    integer: (value: unknown, argument: string, rules?: NumberRules & Partial<Optional>) => checkNumber(value, argument, rules, true),
    number: (value: unknown, argument: string, rules?: NumberRules & Partial<Optional>) => checkNumber(value, argument, rules, false),
    boolean(value: unknown, argument: string, rules?: Partial<Optional>) {
      if (value === undefined && isOptional(rules)) return undefined;
      return typeof value === 'boolean' ? value : fail(argument, 'true or false', value);
    },
    oneOf(value: unknown, argument: string, allowed: readonly unknown[], rules?: Partial<Optional>) {
      if (value === undefined && isOptional(rules)) return undefined;
      return allowed.includes(value) ? value : fail(argument, `one of ${joinChoices(allowed)}`, value);
    },
    object(value: unknown, argument: string, rules?: Partial<Optional>) {
      if (value === undefined && isOptional(rules)) return undefined;
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : fail(argument, 'an object', value);
    },
    function(value: unknown, argument: string, rules?: Partial<Optional>) {
      if (value === undefined && isOptional(rules)) return undefined;
      return typeof value === 'function' ? value : fail(argument, 'a function', value);
    },
    array(value: unknown, argument: string, rules?: ArrayRules & Partial<Optional>) {
      if (value === undefined && isOptional(rules)) return undefined;
      const limit = rules?.maxLength;
      const refuse = () =>
        fail(
          argument,
          (rules?.allowEmpty === false ? 'a non-empty array' : 'an array') +
            (limit !== undefined ? ` of at most ${formatCount(limit)} items` : ''),
          value,
        );
      if (!Array.isArray(value)) return refuse();
      if (rules?.allowEmpty === false && value.length === 0) return refuse();
      if (limit !== undefined && value.length > limit) return refuse();
      return value;
    },
    signal(value: unknown, argument: string, rules?: Partial<Optional>) {
      if (value === undefined && isOptional(rules)) return undefined;
      return value instanceof AbortSignal ? value : fail(argument, 'an AbortSignal', value);
    },
    httpUrl(value: unknown, argument: string, rules?: Partial<Optional>) {
      if (value === undefined && isOptional(rules)) return undefined;
      const expected = 'an absolute http: or https: URL';
      const text = value instanceof URL ? value.href : value;
      if (typeof text !== 'string' || text.length > 2048 || CONTROL.test(text)) return fail(argument, expected, value);
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return fail(argument, expected, value);
      }
      return url.protocol === 'http:' || url.protocol === 'https:' ? url : fail(argument, expected, value);
    },
  };
  return checks as ArgumentChecks;
}
