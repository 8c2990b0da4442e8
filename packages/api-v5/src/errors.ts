// InvalidPathParamError and UnexpectedResponseError are shared with the v3 client: see @pinkit/http.
export { InvalidPathParamError, UnexpectedResponseError } from '@pinkit/http';

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
