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
