/**
 * A path parameter (an id, mostly) that cannot be put in the URL: missing, empty, too long, or one
 * that would change which endpoint is called (`/`, `.`, `..`). Thrown before any request is sent.
 */
export class InvalidPathParamError extends Error {
  override name = 'InvalidPathParamError';
  /** The `operationId` of the call, such as `boards/get`. */
  readonly operationId: string;
  /** The placeholder's name in the path template, such as `board_id`. */
  readonly param: string;
  readonly value: unknown;

  constructor(init: { operationId: string; param: string; value: unknown; reason: string }) {
    super(`${init.operationId}: ${init.param} ${init.reason}.`);
    this.operationId = init.operationId;
    this.param = init.param;
    this.value = init.value;
  }
}

/** `client.request()` or `client.operation()` with a route or an id the v5 description does not have. */
export class UnknownOperationError extends Error {
  override name = 'UnknownOperationError';
  readonly operation: string;

  constructor(operation: string) {
    super(`"${operation}" is not an operation of Pinterest API v5 (expected an operationId or "METHOD /v5/path").`);
    this.operation = operation;
  }
}

/**
 * A 2xx answer of the wrong shape: `null` or an array where the description promises an object,
 * a list page whose `items` is not a list of objects, an item whose `id` is not a string. Caught
 * here so that it ends in one line naming the operation and the field, not in "Cannot read
 * properties of null" somewhere in the caller.
 */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
  /** The `operationId` of the call, such as `pins/get`. */
  readonly operationId: string;
  /** Where in the answer: `body`, `items`, `items[2]`, `items[2].id`. */
  readonly field: string;

  constructor(init: { operationId: string; field: string; expected: string; got: unknown }) {
    super(
      `Pinterest answered ${init.operationId} with ${describeValue(init.got)} as ${init.field}, where ${init.expected} was expected; ` +
        'try again, and check PINTEREST_API_URI if it keeps happening.',
    );
    this.operationId = init.operationId;
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

/**
 * A call the client was told to send to Pinterest's API sandbox (`sandbox: true`) whose operation
 * the description marks `x-sandbox: disabled`: the sandbox would refuse it, so it is refused here
 * before any request.
 */
export class SandboxUnsupportedError extends Error {
  override name = 'SandboxUnsupportedError';
  /** The `operationId`, such as `ad_accounts/list`. */
  readonly operationId: string;

  constructor(operationId: string, route: string) {
    super(`${route} (${operationId}) is not available in Pinterest's API sandbox; call it against the production API.`);
    this.operationId = operationId;
  }
}
