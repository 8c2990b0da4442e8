import { createListing, type HttpClient, type Listing, type QueryValue, type RequestOptions } from '@pinkit/http';
import type { CallArgs, CallResult, ListArgs, ListItem } from './call-types.js';
import { SandboxUnsupportedError } from './errors.js';
import { expectListPage } from './expect-shape.js';
import { fillPath } from './fill-path.js';
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

type InputQuery = Readonly<Record<string, QueryValue | readonly QueryValue[]>>;

interface Input {
  params?: Readonly<Record<string, unknown>>;
  query?: InputQuery;
  body?: unknown;
  signal?: AbortSignal;
}

// The description types some query parameters as arrays (`campaign_ids`, `terms`); Pinterest
// reads one comma-separated value, as its own example shows (`?terms=clothes,workout`). An empty
// array is no filter at all.
function flatQuery(query: InputQuery): Record<string, QueryValue> {
  const flat: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(query)) {
    if (!Array.isArray(value)) flat[key] = value as QueryValue;
    else if (value.length > 0) flat[key] = value.join(',');
  }
  return flat;
}

/**
 * `sandbox`: the client talks to Pinterest's API sandbox, which serves only the operations marked
 * `x-sandbox: enabled`; the others fail here, before a request.
 */
export function createOperationCall<Op>(http: HttpClient, operation: V5OperationInfo, sandbox = false): OperationCall<Op> {
  const refuseInSandbox = () => {
    if (sandbox && operation.sandbox === 'disabled') {
      throw new SandboxUnsupportedError(operation.id, `${operation.method} /v5${operation.path}`);
    }
  };
  const options = (input: Input, query = input.query): RequestOptions => ({
    ...(query ? { query: flatQuery(query) } : {}),
    ...(input.body === undefined ? {} : { json: input.body }),
    ...(input.signal ? { signal: input.signal } : {}),
    ...(operation.rateLimitCategory ? { rateLimitCategory: operation.rateLimitCategory } : {}),
  });
  const call = async (input: Input = {}) => {
    refuseInSandbox();
    const path = fillPath(operation.id, operation.path, input.params);
    return (await http.request(operation.method, path, options(input))).data;
  };
  const list = (input: Input = {}) => {
    refuseInSandbox();
    // Checked now, not when the first page is read, so a bad id fails where it was passed.
    const path = fillPath(operation.id, operation.path, input.params);
    return createListing(async (bookmark) =>
      expectListPage((await http.request(operation.method, path, options(input, { ...input.query, bookmark }))).data, operation.id),
    );
  };
  // The one place the typed surface meets the untyped request: `Op` was chosen from the same
  // operation the path and method come from (see endpoint.ts and v5-request.ts).
  return Object.assign(call, { list, operation }) as unknown as OperationCall<Op>;
}
