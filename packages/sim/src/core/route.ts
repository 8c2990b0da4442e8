import type { IncomingHttpHeaders } from 'node:http';
import type { DESCRIBED_OPERATIONS } from '../generated/operations.js';
import type { AppRecord, TokenRecord } from '../oauth/oauth-records.js';
import type { SimStore } from '../sim-store.js';
import type { UserRecord } from '../users/user-record.js';
import type { Knobs } from './knobs.js';
import type { PinterestFailure } from './pinterest-failure.js';
import type { SeededRandom } from './seeded-random.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Reply {
  status: number;
  /** Serialised as JSON; absent for 204. */
  body?: unknown;
  /** A web page (the OAuth consent page), sent as text/html instead of a JSON body. */
  html?: string;
  /** A file sent as is with its content type instead of a JSON body: a report download, a video Pinterest hosts. */
  file?: { contentType: string; data: string | Buffer };
  headers?: Record<string, string>;
}

/** What every handler gets: the shared state and the parsed request. */
export interface RouteContext {
  store: SimStore;
  knobs: Knobs;
  /** Origin of the simulator, e.g. `http://127.0.0.1:4321`, for URLs it hands out. */
  origin: string;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The seeded stream that tokens and authorization codes are drawn from. */
  tokenRandom: SeededRandom;
}

export interface AuthedContext extends RouteContext {
  caller: UserRecord;
  token: TokenRecord;
}

interface RouteBase {
  /** Renders a refusal; v5's `{code, message}` when absent (v3 routes bring their envelope). */
  formatError?: (failure: PinterestFailure) => Reply;
}

/** What the pipeline knows of every route once its method, path and write flag are settled. */
interface ServedRoute extends RouteBase {
  /** Only v5 operations have one; absent here, it tells the two kinds of table entry apart. */
  operation?: undefined;
  method: HttpMethod;
  /** `/v5/boards/{board_id}`: a `{name}` segment matches one path segment. */
  path: string;
  /** Writes are counted in the stats and may suffer a "lost response" fault. */
  write: boolean;
  /**
   * The `x-ratelimit-category` whose per-user quota a call spends (and whose `X-RateLimit-*`
   * headers its answer carries); absent, the route is not rate limited.
   */
  rateLimitCategory?: string;
}

export interface BearerRoute extends ServedRoute {
  auth: 'bearer';
  /** OAuth scopes the operation requires (its `security` in the official description). */
  scopes: readonly string[];
  /** The v5 operation served, whose description every request is checked against before the handler runs. */
  operationId?: string;
  /** The HTTP status of the refusal when a scope is missing: 403 unless said (v3's businesses answered 400). */
  missingScopeStatus?: number;
  handle(ctx: AuthedContext): Reply | Promise<Reply>;
}

/** The app itself calls (OAuth token endpoints): HTTP Basic with the app id and secret. */
export interface AppContext extends RouteContext {
  app: AppRecord;
}

export interface AppRoute extends ServedRoute {
  auth: 'basic';
  handle(ctx: AppContext): Reply | Promise<Reply>;
}

export interface OpenRoute extends ServedRoute {
  auth: 'none';
  /** Whose quota a call without a bearer token spends, when the route has a `rateLimitCategory`. */
  limitKey?: (ctx: RouteContext) => string | undefined;
  handle(ctx: RouteContext): Reply | Promise<Reply>;
}

/** A route as the pipeline serves it: every v5 operation resolved (see resolve-route.ts). */
export type Route = BearerRoute | AppRoute | OpenRoute;

type Operations = typeof DESCRIBED_OPERATIONS;

/** An `operationId` of the v5 description the simulator was derived from (scripts/gen.mjs). */
export type V5OperationId = keyof Operations;

/** v5 operations an app calls with its own id and secret (`basic` in their `security`): the token endpoints. */
export type V5AppOperationId = { [Id in V5OperationId]: 'basic' extends Operations[Id]['auth'][number] ? Id : never }[V5OperationId];

/** v5 operations a user's bearer token calls. */
export type V5UserOperationId = Exclude<V5OperationId, V5AppOperationId>;

/**
 * A v5 endpoint as the table writes it: the `operationId` of the official description, whose
 * entry in `DESCRIBED_OPERATIONS` gives the method, the path (below `/v5`) and the scopes.
 */
interface OperationRouteBase extends RouteBase {
  /** Overrides the write flag the method implies (GET reads; POST, PUT, PATCH and DELETE write). */
  write?: boolean;
}

export interface UserOperationRoute extends OperationRouteBase {
  operation: V5UserOperationId;
  handle(ctx: AuthedContext): Reply | Promise<Reply>;
}

export interface AppOperationRoute extends OperationRouteBase {
  operation: V5AppOperationId;
  handle(ctx: AppContext): Reply | Promise<Reply>;
}

export type OperationRoute = UserOperationRoute | AppOperationRoute;

/**
 * One entry of the route table: a v5 operation named by its id, or an endpoint outside the v5
 * description (OAuth pages, v3, the upload URL) that states its method, path and, for a user's
 * call (v3's reads), its scopes itself.
 */
export type RouteEntry = OperationRoute | BearerRoute | AppRoute | OpenRoute;
