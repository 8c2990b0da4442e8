import { UnexpectedResponseError } from './errors.js';

// Light checks of what the typed calls read, at the boundary: the generated types promise a shape
// the server may not keep. No schema validator at run time: only what callers would trip over.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with, if it has one, a string `id`. */
function checkItem(value: unknown, operationId: string, field: string): void {
  if (!isObject(value)) throw new UnexpectedResponseError({ operation: operationId, field, expected: 'an object', got: value });
  if (value.id !== undefined && typeof value.id !== 'string')
    throw new UnexpectedResponseError({ operation: operationId, field: `${field}.id`, expected: 'a string', got: value.id });
}

/** Awaits an answer the description says is an object (a pin, a board) and refuses anything else. */
export async function expectObject<T>(answer: Promise<T>, operationId: string): Promise<T> {
  const body = await answer;
  checkItem(body, operationId, 'body');
  return body;
}

/** A list page: an object whose `items` is an array of objects. Returns the page unchanged. */
export function expectListPage(body: unknown, operationId: string): unknown {
  if (!isObject(body))
    throw new UnexpectedResponseError({ operation: operationId, field: 'body', expected: 'a list page object', got: body });
  if (!Array.isArray(body.items))
    throw new UnexpectedResponseError({ operation: operationId, field: 'items', expected: 'an array', got: body.items });
  body.items.forEach((item, index) => checkItem(item, operationId, `items[${index}]`));
  // A bookmark of another type would be sent back as text forever, or end the listing early.
  if (body.bookmark !== undefined && body.bookmark !== null && typeof body.bookmark !== 'string')
    throw new UnexpectedResponseError({ operation: operationId, field: 'bookmark', expected: 'a string or null', got: body.bookmark });
  return body;
}

/** Awaits an answer the description says is an array (linked businesses, suggested terms) and refuses anything else. */
export async function expectArray<T extends unknown[]>(answer: Promise<T>, operationId: string): Promise<T> {
  const body = await answer;
  if (!Array.isArray(body)) throw new UnexpectedResponseError({ operation: operationId, field: 'body', expected: 'an array', got: body });
  return body;
}
