// What a v5 call takes and returns, read from the generated description types, so that neither
// the area files nor the escape hatch restate a parameter or a response shape.
import type { paths } from './generated/openapi.js';
import type { V5_OPERATIONS } from './generated/operations.js';

type Operations = typeof V5_OPERATIONS;

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Present<T> = [NonNullable<T>] extends [never] ? false : true;

/** `{ params }` when the path has placeholders (always required then); absent otherwise. */
type ParamsInput<Op> = Op extends { parameters: { path: infer P } } ? { params: P } : { params?: undefined };

type QueryInput<Op> = Op extends { parameters: { query: infer Q } }
  ? { query: Q }
  : Op extends { parameters: { query?: infer Q } }
    ? Present<Q> extends true
      ? { query?: NonNullable<Q> }
      : { query?: undefined }
    : { query?: undefined };

/** A request body: JSON, or a form for the two OAuth token operations (which @pinkit/oauth wraps). */
type BodyOf<C> = C extends { 'application/json': infer B } ? B : C extends { 'application/x-www-form-urlencoded': infer B } ? B : never;

type BodyInput<Op> = Op extends { requestBody: { content: infer C } }
  ? { body: BodyOf<C> }
  : Op extends { requestBody?: { content: infer C } }
    ? Present<BodyOf<C>> extends true
      ? { body?: BodyOf<C> }
      : { body?: undefined }
    : { body?: undefined };

/** The input of one call of operation type `Op`: path params, query, JSON body, abort signal. */
// Distributed over `Op` first: while a route is being inferred the checker tries all of them, and
// intersecting three unions of 200+ operations is more than it can represent.
export type CallInput<Op> = Op extends unknown ? ParamsInput<Op> & QueryInput<Op> & BodyInput<Op> & { signal?: AbortSignal } : never;

/** The input as a parameter list: optional when every part of it is. */
export type CallArgs<Op> = object extends CallInput<Op> ? [input?: CallInput<Op>] : [input: CallInput<Op>];

type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
type Success = 200 | 201 | 202 | 204 | 206;

/** The parsed body of a successful answer (`undefined` for 204 No Content). */
export type CallResult<Op> = Op extends { responses: infer Rs }
  ? { [S in keyof Rs & Success]: JsonContent<Rs[S]> }[keyof Rs & Success]
  : never;

/** The item type of a bookmark-paged operation (`{ items, bookmark }`); `never` for others. */
export type ListItem<Op> = NonNullable<CallResult<Op>> extends { items: Array<infer T> } ? T : never;

/** A list call's input: that of a single call without body and bookmark, which the listing owns. */
export type ListInput<Op> = Op extends unknown
  ? Omit<CallInput<Op>, 'body' | 'query'> &
      (QueryInput<Op> extends { query?: infer Q } ? { query?: Omit<NonNullable<Q>, 'bookmark'> } : object)
  : never;

export type ListArgs<Op> = object extends ListInput<Op> ? [input?: ListInput<Op>] : [input: ListInput<Op>];

/**
 * `METHOD /v5<path>` for every method and path pair of the description: `GET /v5/boards/{board_id}`.
 * Spelled from the operations table, which has the same pairs as `paths` (a type test checks it)
 * at a fifth of the checker's work.
 */
export type V5Route = { [Id in keyof Operations]: `${Operations[Id]['method']} /v5${Operations[Id]['path']}` }[keyof Operations];

/** The generated operation type a route calls. */
export type RouteOperation<R extends V5Route> = R extends `${infer M extends HttpMethod} /v5${infer P extends keyof paths & string}`
  ? NonNullable<paths[P][Lowercase<M> & keyof paths[P]]>
  : never;
