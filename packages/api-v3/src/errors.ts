/**
 * An id that cannot be put in a v3 path: missing, empty, too long, or one that would change which
 * endpoint is called (`/`, `.`, `..`). Thrown before any request is sent.
 */
export class InvalidPathParamError extends Error {
  override name = 'InvalidPathParamError';
  /** The call, such as `boards.get`. */
  readonly call: string;
  /** The id's name, such as `boardId`. */
  readonly param: string;
  readonly value: unknown;

  constructor(init: { call: string; param: string; value: unknown; reason: string }) {
    super(`${init.call}: ${init.param} ${init.reason}.`);
    this.call = init.call;
    this.param = init.param;
    this.value = init.value;
  }
}

/**
 * A 2xx answer of the wrong shape: no `data`, `data` not an object where one is expected, a list
 * page whose `data` is not a list of objects. Caught here so that it ends in one line naming the
 * call and the field, not in "Cannot read properties of undefined" somewhere in the caller.
 */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
  /** The call, such as `pins.get`. */
  readonly call: string;
  /** Where in the answer: `body`, `data`, `data[2]`. */
  readonly field: string;

  constructor(init: { call: string; field: string; expected: string; got: unknown }) {
    super(
      `Pinterest answered ${init.call} with ${describeValue(init.got)} as ${init.field}, where ${init.expected} was expected; ` +
        'try again, and check PINTEREST_API_URI if it keeps happening.',
    );
    this.call = init.call;
    this.field = init.field;
  }
}

/** The kind of a value, never the value itself: it may be long or hostile text. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
