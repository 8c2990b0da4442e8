import { ArgumentError } from '@pinkit/arguments';
import type { Input } from './operation-call.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A query value that becomes text in the URL; an array joins with commas, an object travels as JSON. */
function isQueryValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      return value === null || Array.isArray(value)
        ? value === null || value.every((item) => isQueryValue(item) && !Array.isArray(item))
        : true;
    default:
      return false;
  }
}

/**
 * The input every call of an operation gets, generated or shaped by hand, checked before its path
 * is filled: `{ params, query, body, signal }`. Plain type tests and no closures, so the cost per
 * request is a few comparisons; the error (named after the operation) is only made on a failure.
 */
export function checkCallInput(operationId: string, input: unknown, body: 'json' | 'form' | 'none' | undefined): Input {
  if (input === undefined) return {};
  const fail = (argument: string, expected: string, value: unknown): never => {
    throw new ArgumentError(operationId, argument, expected, value);
  };
  if (!isObject(input)) return fail('input', 'an object ({ params, query, body })', input);
  if (input.params !== undefined && !isObject(input.params)) fail('input.params', 'an object', input.params);
  const { query } = input;
  if (query !== undefined) {
    if (!isObject(query)) fail('input.query', 'an object', query);
    for (const key in query as Record<string, unknown>) {
      const value = (query as Record<string, unknown>)[key];
      if (!isQueryValue(value)) fail(`input.query.${key}`, 'a string, a finite number, true or false, or a list of them', value);
    }
  }
  if (input.body !== undefined) {
    // Every v5 body is a JSON object or list, or a form for the OAuth token operations.
    if (body === 'none') fail('input.body', 'absent (this operation takes no body)', input.body);
    else if (body === 'form' ? !isObject(input.body) : typeof input.body !== 'object' || input.body === null) {
      fail('input.body', body === 'form' ? 'an object of form fields' : 'an object or an array', input.body);
    }
  }
  if (input.signal !== undefined && !(input.signal instanceof AbortSignal)) fail('input.signal', 'an AbortSignal', input.signal);
  return input as Input;
}
