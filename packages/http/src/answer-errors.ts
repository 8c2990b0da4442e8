// Errors both API clients throw before or after a request, written once: an id that cannot be a
// path segment, and a 2xx answer of the wrong shape.

/**
 * A path parameter (an id, mostly) that cannot be put in the URL: missing, empty, too long, or one
 * that would change which endpoint is called (`/`, `.`, `..`). Thrown before any request is sent.
 */
export class InvalidPathParamError extends Error {
  override name = 'InvalidPathParamError';
  /** The call: a v5 `operationId` such as `boards/get`, or a v3 call such as `boards.get`. */
  readonly operation: string;
  /** The parameter's name, such as `board_id`. */
  readonly param: string;
  readonly value: unknown;

  constructor(init: { operation: string; param: string; value: unknown; reason: string }) {
    super(`${init.operation}: ${init.param} ${init.reason}.`);
    this.operation = init.operation;
    this.param = init.param;
    this.value = init.value;
  }
}

/**
 * A 2xx answer of the wrong shape (an object where a list belongs, a field of the wrong type),
 * caught where it arrives so that it ends in one line naming the call and the field rather than
 * "Cannot read properties of null" somewhere in the caller.
 */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
  /** The call, as in InvalidPathParamError. */
  readonly operation: string;
  /** Where in the answer: `body`, `items[2].id`, `data`. */
  readonly field: string;

  constructor(init: { operation: string; field: string; expected: string; got: unknown }) {
    super(
      `Pinterest answered ${init.operation} with ${describeKind(init.got)} as ${init.field}, where ${init.expected} was expected; ` +
        'try again, and check PINTEREST_API_URI if it keeps happening.',
    );
    this.operation = init.operation;
    this.field = init.field;
  }
}

/** The kind of a value, never the value itself: it may be long or hostile text. */
function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
