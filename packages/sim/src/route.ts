import type { IncomingHttpHeaders } from 'node:http';
import type { Knobs } from './knobs.js';
import type { PinterestFailure } from './pinterest-failure.js';
import type { SeededRandom } from './seeded-random.js';
import type { SimStore } from './sim-store.js';
import type { AppRecord, TokenRecord, UserRecord } from './store-records.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Reply {
  status: number;
  /** Serialised as JSON; absent for 204. */
  body?: unknown;
  /** A web page (the OAuth consent page), sent as text/html instead of a JSON body. */
  html?: string;
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
  method: HttpMethod;
  /** `/v5/boards/{board_id}`: a `{name}` segment matches one path segment. */
  path: string;
  /** Writes count toward the per-user write limit and may suffer a "lost response" fault. */
  write: boolean;
  /** Renders a refusal; v5's `{code, message}` when absent (v3 routes bring their envelope). */
  formatError?: (failure: PinterestFailure) => Reply;
}

export interface BearerRoute extends RouteBase {
  auth: 'bearer';
  /** OAuth scopes the operation requires (its `security` in the official description). */
  scopes: readonly string[];
  handle(ctx: AuthedContext): Reply | Promise<Reply>;
}

/** The app itself calls (OAuth token endpoints): HTTP Basic with the app id and secret. */
export interface AppContext extends RouteContext {
  app: AppRecord;
}

export interface AppRoute extends RouteBase {
  auth: 'basic';
  handle(ctx: AppContext): Reply | Promise<Reply>;
}

export interface OpenRoute extends RouteBase {
  auth: 'none';
  /** Whose write budget a write without a bearer token spends (e.g. the media owner). */
  limitKey?: (ctx: RouteContext) => string | undefined;
  handle(ctx: RouteContext): Reply | Promise<Reply>;
}

export type Route = BearerRoute | AppRoute | OpenRoute;
