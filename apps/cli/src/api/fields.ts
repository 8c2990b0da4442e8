import { readFileSync } from 'node:fs';
import { InputError } from '../output/describe-error.js';

/** `key=value` split at the first `=`; a key is required, a value may be empty. */
export function splitField(text: string, flag: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0) throw new InputError(`${flag} takes key=value; got ${JSON.stringify(text)}.`);
  return [text.slice(0, at), text.slice(at + 1)];
}

/**
 * A `-F` value as gh reads it: `true`, `false`, `null` and numbers as themselves, `@file` as
 * the file's text, anything else as a string.
 */
export function typedValue(value: string, readFile: (path: string) => string = (path) => readFileSync(path, 'utf8')): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'null') return null;
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(value)) return Number(value);
  if (value.startsWith('@')) {
    try {
      return readFile(value.slice(1));
    } catch (error) {
      throw new InputError(`-F: cannot read ${value.slice(1)}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}.`);
    }
  }
  return value;
}

/** The fields of `-f` (strings) and `-F` (typed) in one object, later keys winning. */
export function collectFields(strings: readonly string[], typed: readonly string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const text of strings) {
    const [key, value] = splitField(text, '-f');
    fields[key] = value;
  }
  for (const text of typed) {
    const [key, value] = splitField(text, '-F');
    fields[key] = typedValue(value);
  }
  return fields;
}

/** A query value as text: objects and arrays as JSON, as Pinterest reads an object parameter. */
export function queryText(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
