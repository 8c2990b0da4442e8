import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { authenticateApp } from '../oauth/app-auth.js';
import type { SimStore } from '../sim-store.js';
import { authenticate, requireScopes } from './bearer-auth.js';
import type { FaultInjector } from './fault-injector.js';
import { readBody, sendReply } from './http-exchange.js';
import type { Knobs } from './knobs.js';
import { PinterestFailure, failures } from './pinterest-failure.js';
import type { RateLimiter } from './rate-limiter.js';
import type { TrialAccess } from './trial-access.js';
import type { Reply, Route, RouteContext } from './route.js';
import type { RouteMatch } from './router.js';
import type { SeededRandom } from './seeded-random.js';
import { v3ErrorReply } from '../v3/v3-error-reply.js';
import { validateRequest } from '../described/validate-request.js';

export interface SimulatorStats {
  requests: number;
  writes: number;
  /** 429s for a rate limit, of every category. */
  rateLimited: number;
  /** The same 429s by rate-limit category. */
  rateLimitedByCategory: Record<string, number>;
  faults: number;
}

export interface Pipeline {
  store: SimStore;
  knobs: Knobs;
  match: (method: string, pathname: string) => RouteMatch;
  limiter: RateLimiter;
  trial: TrialAccess;
  faults: FaultInjector;
  stats: SimulatorStats;
  tokenRandom: SeededRandom;
  origin: () => string;
  /** Aborted by stop(): pending latency waits end and their sockets are dropped. */
  signal: AbortSignal;
}

const v5Error = (failure: PinterestFailure): Reply => ({ status: failure.status, body: failure.toBody(), headers: failure.headers });

/**
 * Every request, in order: request id, body, latency, routing, bearer (or app) auth and scopes,
 * the rate limits, fault injection, then the handler.
 */
export async function handleRequest(pipeline: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  pipeline.stats.requests += 1;
  res.setHeader('x-pinterest-rid', randomBytes(8).toString('hex'));
  let route: Route | undefined;
  let pathname = '';
  try {
    const body = await readBody(req);
    if (pipeline.knobs.latencyMs > 0) await delay(pipeline.knobs.latencyMs, undefined, { signal: pipeline.signal });
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    pathname = url.pathname;
    const match = pipeline.match(req.method ?? 'GET', url.pathname);
    if (match.kind === 'not-found') throw failures.routeNotFound(url.pathname);
    if (match.kind === 'method-not-allowed') throw failures.methodNotAllowed();
    route = match.route;
    const base: RouteContext = {
      store: pipeline.store,
      knobs: pipeline.knobs,
      origin: pipeline.origin(),
      params: match.params,
      query: url.searchParams,
      headers: req.headers,
      body,
      tokenRandom: pipeline.tokenRandom,
    };
    const run = prepare(pipeline, route, base, (name, value) => res.setHeader(name, value));
    const fault = pipeline.faults.choose(route.write);
    if (fault !== undefined) pipeline.stats.faults += 1;
    if (fault === 'drop') return void req.socket.destroy();
    if (fault === 'server-error') throw failures.internalError();
    if (fault === 'unavailable') throw failures.unavailable();
    const reply = await run();
    if (fault === 'lost-response') return void req.socket.destroy();
    sendReply(res, reply);
  } catch (error) {
    if (pipeline.signal.aborted) return void req.socket.destroy();
    const failure = error instanceof PinterestFailure ? error : unexpected(error);
    // A path no route matched still answers in its version's envelope: a v3 client reads `status: "failure"`.
    sendReply(res, (route?.formatError ?? (/^\/(ads\/)?v3\//.test(pathname) ? v3ErrorReply : v5Error))(failure));
  }
}

type SetHeader = (name: string, value: string) => void;

/** Authenticates and charges the rate limits; returns the handler ready to run. */
function prepare(pipeline: Pipeline, route: Route, ctx: RouteContext, setHeader: SetHeader): () => Reply | Promise<Reply> {
  if (route.auth === 'bearer') {
    const { caller, token } = authenticate(pipeline.store, firstHeader(ctx.headers.authorization));
    requireScopes(token, route.scopes, route.missingScopeStatus);
    if (pipeline.knobs.trialAccess) pipeline.trial.charge(token.appId, route.write, Date.now());
    // Pinterest counts per user per app.
    charge(pipeline, route, `${token.appId}/${caller.id}`, setHeader);
    // Pinterest checks who calls before what is asked: a bad field in an unauthorised call is a 401, not a 400.
    if (route.operationId !== undefined) validateRequest(route.operationId, ctx);
    return () => route.handle({ ...ctx, caller, token });
  }
  if (route.auth === 'basic') {
    const app = authenticateApp(pipeline.store, firstHeader(ctx.headers.authorization));
    charge(pipeline, route, undefined, setHeader);
    return () => route.handle({ ...ctx, app });
  }
  const owner = route.limitKey?.(ctx);
  charge(pipeline, route, owner, setHeader);
  return () => route.handle(ctx);
}

/** Spends the caller's quota of the route's category, refusing with 429 beyond it; counts the write. */
function charge(pipeline: Pipeline, route: Route, caller: string | undefined, setHeader: SetHeader): void {
  const category = route.rateLimitCategory;
  if (caller !== undefined && category !== undefined) {
    const decision = pipeline.limiter.take(caller, category, Date.now());
    for (const [name, value] of Object.entries(decision?.headers ?? {})) setHeader(name, value);
    if (decision && !decision.allowed) {
      pipeline.stats.rateLimited += 1;
      pipeline.stats.rateLimitedByCategory[category] = (pipeline.stats.rateLimitedByCategory[category] ?? 0) + 1;
      throw failures.rateLimited(decision.retryAfterSeconds);
    }
  }
  if (route.write) pipeline.stats.writes += 1;
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function unexpected(error: unknown): PinterestFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return new PinterestFailure(500, 500, `The simulator failed unexpectedly: ${detail}`);
}
