import { failures } from '../core/pinterest-failure.js';

// Array parameters of the analytics operations are `style: form, explode: false`: one
// comma-separated value (`columns=SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH`); repeats are accepted too.

/** The values of a list parameter, or undefined when it was not sent. */
export function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const raw = query.getAll(name);
  if (raw.length === 0) return undefined;
  const values = raw.flatMap((value) => value.split(',')).map((value) => value.trim());
  if (values.some((value) => value === '')) throw failures.invalidParameters(`Invalid parameters: '${name}' has an empty value.`);
  return values;
}

/** A required list parameter, each value one of `allowed`. */
export function enumList(query: URLSearchParams, name: string, allowed: readonly string[], required: boolean): string[] | undefined {
  const values = listParam(query, name);
  if (values === undefined) {
    if (required) throw failures.invalidParameters(`Invalid parameters: '${name}' is required.`);
    return undefined;
  }
  for (const value of values) checkEnum(name, value, allowed);
  return values;
}

/** A list of numeric ids, `min`..`max` of them. */
export function idList(query: URLSearchParams, name: string, max: number): string[] | undefined {
  const values = listParam(query, name);
  if (values === undefined) return undefined;
  if (values.length > max) throw failures.invalidParameters(`Invalid parameters: '${name}' takes at most ${max} ids.`);
  for (const value of values) {
    if (!/^\d+$/.test(value)) throw failures.invalidParameters(`'${name}' value '${value}' must match the pattern: ^\\d+$`);
  }
  return values;
}

export function checkEnum<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw failures.invalidParameters(`Invalid parameters: '${String(value ?? '')}' is not a valid value for '${name}'.`);
  }
  return value as T;
}
