import type { FetchLike, HttpClient, Logger } from '@pinkit/http';
import type { operations } from './generated/openapi.js';
import { findOperation } from './find-operation.js';
import type { V5OperationId } from './operations.js';
import { createOperationCall, type OperationCall } from './operation-call.js';

/** What a client's calls share: the v5 HTTP client, and the transport for upload URLs outside it. */
export interface V5Context {
  readonly http: HttpClient;
  readonly fetch: FetchLike;
  readonly logger?: Logger;
  /** Requests go to Pinterest's API sandbox: operations it does not serve are refused before sending. */
  readonly sandbox?: boolean;
}

/** One call of a client area (`client.boards.get`), not yet bound to a client. */
export interface Endpoint<Args extends unknown[], R> {
  /** The v5 operation it calls; absent for calls composed of others (`pins.listAll`). */
  readonly operationId?: V5OperationId;
  // A method, so that an area of endpoints with different arguments is one Record type.
  run(context: V5Context, ...args: Args): R;
}

/**
 * A call of one v5 operation: `define` gets the operation ready to call (method, path and
 * rate-limit category from `V5_OPERATIONS`, types from the generated description) and the
 * caller's arguments, and says how they become params, query and body.
 */
export function endpoint<Id extends V5OperationId & keyof operations, Args extends unknown[], R>(
  operationId: Id,
  define: (call: OperationCall<operations[Id]>, ...args: Args) => R,
): Endpoint<Args, R> {
  const operation = findOperation(operationId);
  return { operationId, run: (context, ...args) => define(createOperationCall(context.http, operation, context.sandbox), ...args) };
}

/** A call made of other calls or of requests outside the v5 API, such as walking every board. */
export function composite<Args extends unknown[], R>(define: (context: V5Context, ...args: Args) => R): Endpoint<Args, R> {
  return { run: define };
}

/** The calls of an area as a client shows them: the endpoints' arguments and results. */
export type BoundArea<A> = {
  readonly [K in keyof A]: A[K] extends Endpoint<infer Args, infer R>
    ? ((...args: Args) => R) & { readonly operationId?: V5OperationId }
    : never;
};

/**
 * Binds every endpoint of an area to one client's context. A bound call keeps the `operationId`
 * it calls, so that a test can tell which operations a client exposes.
 */
export function bindArea<A extends Record<string, Endpoint<never[], unknown>>>(area: A, context: V5Context): BoundArea<A> {
  const bound: Record<string, (...args: never[]) => unknown> = {};
  for (const [name, call] of Object.entries(area)) {
    const run = (...args: never[]) => call.run(context, ...args);
    bound[name] = call.operationId ? Object.assign(run, { operationId: call.operationId }) : run;
  }
  return bound as BoundArea<A>;
}
