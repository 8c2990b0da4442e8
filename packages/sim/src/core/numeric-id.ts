import { failures } from './pinterest-failure.js';

/** Path ids are numeric strings; Pinterest answers 400 with the pattern otherwise. */
export function numericId(name: string, value: string | undefined): string {
  if (value === undefined || !/^\d+$/.test(value)) {
    throw failures.invalidParameters(`'${name}' value '${value ?? ''}' must match the pattern: ^\\d+$`);
  }
  return value;
}
