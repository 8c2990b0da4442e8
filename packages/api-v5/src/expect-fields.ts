import { UnexpectedResponseError } from './errors.js';

/** What a field must hold; `?` marks one that may be absent or null. */
export type FieldKind = 'string' | 'number' | 'object' | 'array' | 'string?' | 'number?' | 'object?' | 'array?';

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

const expectedText: Record<string, string> = { string: 'a string', number: 'a number', object: 'an object', array: 'an array' };

/**
 * Refuses `value` unless it is an object whose named fields hold their kinds: the fields a
 * caller reads, not the whole schema (the committed response schemas are too large to load on
 * every call). `field` says where `value` sits in the answer (`body`, `items[2]`).
 */
export function expectFields(value: unknown, operationId: string, field: string, kinds: Readonly<Record<string, FieldKind>>): void {
  if (kindOf(value) !== 'object') throw new UnexpectedResponseError({ operation: operationId, field, expected: 'an object', got: value });
  const record = value as Record<string, unknown>;
  for (const [name, wanted] of Object.entries(kinds)) {
    const optional = wanted.endsWith('?');
    const kind = optional ? wanted.slice(0, -1) : wanted;
    const got = record[name];
    if (optional && (got === undefined || got === null)) continue;
    if (kindOf(got) !== kind) {
      throw new UnexpectedResponseError({ operation: operationId, field: `${field}.${name}`, expected: expectedText[kind] ?? kind, got });
    }
  }
}

/** Refuses `value` unless it is an array each of whose elements passes `check` (given its place, `field[i]`). */
export function expectEach(value: unknown, operationId: string, field: string, check: (item: unknown, field: string) => void): void {
  if (!Array.isArray(value)) throw new UnexpectedResponseError({ operation: operationId, field, expected: 'an array', got: value });
  value.forEach((item, index) => check(item, `${field}[${index}]`));
}

/** Refuses anything but a string at `field`. */
export function expectString(value: unknown, operationId: string, field: string): void {
  if (typeof value !== 'string') throw new UnexpectedResponseError({ operation: operationId, field, expected: 'a string', got: value });
}
