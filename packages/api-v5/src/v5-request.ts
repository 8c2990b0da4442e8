import type { HttpClient } from '@pinkit/http';
import type { CallArgs, CallResult, RouteOperation, V5Route } from './call-types.js';
import { expectListPage } from './expect-shape.js';
import { findOperation } from './find-operation.js';
import { createOperationCall } from './operation-call.js';

/**
 * Any v5 operation by its route, for those the client has no call for yet:
 * `request('PATCH /v5/boards/{board_id}', { params: { board_id }, body: { name } })`. Params,
 * query, JSON body and the result are typed from the generated `paths`; the path is checked and
 * encoded like every other call, and the request carries the operation's rate-limit category.
 */
// NoInfer: the route alone picks the operation; inferring it from the input would try every route.
export type V5Request = <R extends V5Route>(
  route: R,
  ...args: NoInfer<CallArgs<RouteOperation<R>>>
) => Promise<CallResult<RouteOperation<R>>>;

export function createV5Request(http: HttpClient, sandbox = false): V5Request {
  return async (route, ...args) => {
    const operation = findOperation(route);
    const body: unknown = await createOperationCall<RouteOperation<typeof route>>(http, operation, sandbox)(...args);
    // A list page read one at a time gets the checks `call.list` gives each page.
    if (typeof body === 'object' && body !== null && 'items' in body) expectListPage(body, operation.id);
    return body as CallResult<RouteOperation<typeof route>>;
  };
}
