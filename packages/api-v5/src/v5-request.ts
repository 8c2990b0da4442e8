import type { HttpClient } from '@pinkit/http';
import type { CallArgs, CallResult, RouteOperation, V5Route } from './call-types.js';
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
  return async (route, ...args) => createOperationCall<RouteOperation<typeof route>>(http, findOperation(route), sandbox)(...args);
}
