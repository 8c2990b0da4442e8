import { createListing, type HttpClient, type Listing, type QueryValue, type RequestOptions } from '@pinkit/http';
import type { CallArgs, CallResult, ListArgs, ListItem } from './call-types.js';
import { checkCallInput } from './check-call-input.js';
import { SandboxUnsupportedError } from './errors.js';
import { expectListPage } from './expect-shape.js';
import { fillPath } from './fill-path.js';
import { V5_CALL_INPUTS } from './generated/calls.js';
import type { V5OperationInfo } from './find-operation.js';

/**
 * One v5 operation ready to call: `call({ params, query, body })` for one answer,
 * `call.list({ params, query })` for a bookmark-paged `Listing`. Method, path template and
 * rate-limit category come from the operation; inputs and results are typed by `Op`, its
 * generated type.
 */
export interface OperationCall<Op> {
  (...args: CallArgs<Op>): Promise<CallResult<Op>>;
  list(...args: ListArgs<Op>): Listing<ListItem<Op>>;
  readonly operation: V5OperationInfo;
}

type InputQuery = Readonly<Record<string, QueryValue | readonly QueryValue[] | object>>;

/** An operation's input before its generated type is applied: what every call sends. */
export interface Input {
  params?: Readonly<Record<string, unknown>>;
  query?: InputQuery;
  body?: unknown;
  signal?: AbortSignal;
}

// The description types some query parameters as arrays (`campaign_ids`, `terms`); Pinterest
// reads one comma-separated value, as its own example shows (`?terms=clothes,workout`). An empty
// array is no filter at all. An object parameter (`reports/stats`'s `parameters`) travels as JSON
// text: `String()` would send `[object Object]`.
export function flatQuery(query: InputQuery): Record<string, QueryValue> {
  const flat: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      if (value.length > 0) flat[key] = value.join(',');
    } else if (typeof value === 'object' && value !== null) flat[key] = JSON.stringify(value);
    else flat[key] = value as QueryValue;
  }
  return flat;
}

/**
 * `sandbox`: the client talks to Pinterest's API sandbox, which serves only the operations marked
 * `x-sandbox: enabled`; the others fail here, before a request.
 */
export function createOperationCall<Op>(http: HttpClient, operation: V5OperationInfo, sandbox = false): OperationCall<Op> {
  // The one place the typed surface meets the untyped request: `Op` was chosen from the same
  // operation the path and method come from (see endpoint.ts, v5-request.ts, generated-areas.ts).
  return createUntypedCall(http, operation, sandbox) as unknown as OperationCall<Op>;
}

/** The same call before its types: `call(input)` for one answer, `call.list(input)` for a listing. */
export interface UntypedCall {
  (input?: Input): Promise<unknown>;
  list(input?: Input): Listing<unknown>;
}

export function createUntypedCall(http: HttpClient, operation: V5OperationInfo, sandbox = false): UntypedCall {
  const refuseInSandbox = () => {
    if (sandbox && operation.sandbox === 'disabled') {
      throw new SandboxUnsupportedError(operation.id, `${operation.method} /v5${operation.path}`);
    }
  };
  // The OAuth token operations take a form; every other body is JSON.
  const bodyKind = (V5_CALL_INPUTS as Record<string, { body: 'json' | 'form' | 'none' }>)[operation.id]?.body;
  const form = bodyKind === 'form';
  const options = (input: Input, query = input.query): RequestOptions => ({
    ...(query ? { query: flatQuery(query) } : {}),
    ...(input.body === undefined ? {} : form ? { form: input.body as Record<string, string> } : { json: input.body }),
    ...(input.signal ? { signal: input.signal } : {}),
    ...(operation.rateLimitCategory ? { rateLimitCategory: operation.rateLimitCategory } : {}),
  });
  const call = async (given?: Input) => {
    const input = checkCallInput(operation.id, given, bodyKind);
    refuseInSandbox();
    const path = fillPath(operation.id, operation.path, input.params);
    return (await http.request(operation.method, path, options(input))).data;
  };
  const list = (given?: Input) => {
    const input = checkCallInput(operation.id, given, bodyKind);
    refuseInSandbox();
    // Checked now, not when the first page is read, so a bad id fails where it was passed.
    const path = fillPath(operation.id, operation.path, input.params);
    return createListing(async (bookmark) =>
      expectListPage((await http.request(operation.method, path, options(input, { ...input.query, bookmark }))).data, operation.id),
    );
  };
  return Object.assign(call, { list, operation });
}
