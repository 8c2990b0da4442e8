import { argumentsOf } from '@pinkit/arguments';
import { sleep as defaultSleep } from '@pinkit/timing';
import { checkClientOptions, checkPath, checkRequest } from './client-arguments.js';
import type { FetchLike } from './fetch-like.js';
import { silentLogger, type Logger } from './logger.js';
import { createNodeFetch, type TransportTimeouts } from './node-fetch.js';
import type { HttpResponse, PreparedRequest } from './prepared-request.js';
import type { ProxyEnv } from './proxy-settings.js';
import type { RateLimitTable } from './rate-limit-table.js';
import { redactText } from './redact.js';
import { RequestPacing } from './request-pacing.js';
import { resolveRetryOptions, type RetryOptions } from './retry-policy.js';
import type { SharedPacer } from './shared-pacer.js';
import { createSendRequest } from './send-request.js';
import type { TokenProvider } from './token-provider.js';
import { withAuth } from './with-auth.js';
import { withLogging } from './with-logging.js';
import { withPacing } from './with-pacing.js';
import { withRetry, type Sleep } from './with-retry.js';

export type { HttpResponse };
export type QueryValue = string | number | boolean | null | undefined;

export interface HttpClientOptions {
  /** Scheme, host and optional path prefix, e.g. `https://api.pinterest.com/v5`. */
  baseUrl: string;
  /** Bearer token source; requests with `auth: 'bearer'` (the default) need it. */
  token?: TokenProvider;
  /** Receives one line per request at level 2, headers and bodies at 3, all redacted. */
  logger?: Logger;
  /** Backoff for 429, 5xx and connection failures; `false` turns retries off. */
  retry?: RetryOptions | false;
  /**
   * Per-attempt timeout, headers and body together. Default: none over the built-in transport, whose
   * connect, headers and body timeouts bound each phase and name it; 30 s over an injected `fetch`.
   */
  timeoutMs?: number;
  /** Sent as `User-Agent`. */
  userAgent?: string;
  /** Transport, injectable for tests (the global `fetch` fits). Default: `createNodeFetch({ proxyEnv })`. */
  fetch?: FetchLike;
  /** Where the default transport reads `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY`, once, at creation. Default `process.env`. */
  proxyEnv?: ProxyEnv;
  /** The default transport's connect, headers and body timeouts (10 s, 30 s, 120 s unless set); ignored with `fetch`. */
  transportTimeouts?: TransportTimeouts;
  /** Waits between retries and for rate limits; injectable so tests need not sleep. */
  sleep?: Sleep;
  /** The clock that pacing and the retry budget run on (default Date.now); a test's virtual clock goes with its `sleep`. */
  now?: () => number;
  /**
   * Paces requests by their `rateLimitCategory`, each category separately: from these quotas at
   * first, then from the answers' `X-RateLimit-*` headers, slowing on 429 when a category sends
   * none. Default: no quotas known, so a category is paced once its answers or a 429 say how.
   * `false` turns pacing off. `@pinkit/api-v5` passes Pinterest's documented `V5_RATE_LIMITS`.
   */
  rateLimits?: RateLimitTable | false;
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Sent as a JSON body. */
  json?: unknown;
  /** Sent as an `application/x-www-form-urlencoded` body (OAuth token endpoints). */
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** `bearer` (default) uses the token provider; `basic` sends app credentials. */
  auth?: 'bearer' | 'none' | { basic: { username: string; password: string } };
  signal?: AbortSignal;
  /** `false` makes this one request fail on the first error. */
  retry?: boolean;
  /**
   * The operation's `x-ratelimit-category` (`org_read`, `ads_write`, ...): Pinterest limits calls
   * per category, so a layer that paces requests groups them by it. Logged at level 3.
   */
  rateLimitCategory?: string;
}

export interface HttpClient {
  readonly baseUrl: string;
  /** The transport this client sends with (same connections, same proxy), for URLs outside `baseUrl` such as media uploads. */
  readonly fetch: FetchLike;
  request<T>(method: string, path: string, options?: RequestOptions): Promise<HttpResponse<T>>;
  get<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T>;
  /**
   * The pacer of one rate-limit category, for a caller that paces its own work by it (the copy
   * engine's writes, as its `WritePacer`): what it waits for, the client's requests do not wait
   * for again. Undefined when pacing is off.
   */
  pacer(category: string): SharedPacer | undefined;
}

const checkGet = argumentsOf('client.get');
const checkPacer = argumentsOf('client.pacer');

/** JSON text for a body; a value JSON cannot write (a bigint inside) is the caller's mistake, said as one. */
function jsonBody(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (cause) {
    const error = argumentsOf('client.request');
    return error.fail(
      'options.json',
      `a value JSON can write (${cause instanceof Error ? cause.message.split('\n')[0] : 'it could not'})`,
      value,
    );
  }
}

function buildUrl(baseUrl: string, path: string, query: Record<string, QueryValue> = {}): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** An HTTP client for one Pinterest API host: auth, retries, named errors, redacted logging. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  checkClientOptions(options);
  const logger = options.logger ?? silentLogger;
  const fetch =
    options.fetch ?? createNodeFetch({ ...(options.proxyEnv ? { proxyEnv: options.proxyEnv } : {}), ...options.transportTimeouts });
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  let send = withLogging(createSendRequest(fetch, options.timeoutMs ?? (options.fetch ? 30_000 : undefined)), logger);
  const retry = resolveRetryOptions(options.retry === false ? {} : options.retry);
  // One pacing state per client: two clients (two users' tokens) have two sets of quotas. A
  // request waits for its rate limit at most as long as its retries may take, so that no
  // answer's headers can hold it longer than a Retry-After would be allowed to.
  const pacing =
    options.rateLimits === false
      ? undefined
      : new RequestPacing(options.rateLimits ?? { perMinute: {} }, { now, sleep }, { maxWaitMs: retry.maxElapsedMs });
  if (pacing) send = withPacing(send, pacing, logger);
  if (options.retry !== false) {
    send = withRetry(send, retry, sleep, logger, {
      now,
      ...(pacing ? { pacedMs: (request) => pacing.waitedMs(request) } : {}),
    });
  }
  send = withAuth(send, options.token, logger);

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<HttpResponse<T>> {
    checkRequest(method, path, opts);
    const url = buildUrl(options.baseUrl, path, opts.query);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...(options.userAgent ? { 'User-Agent': options.userAgent } : {}),
    };
    let body: string | undefined;
    if (opts.form) [body, headers['Content-Type']] = [new URLSearchParams(opts.form).toString(), 'application/x-www-form-urlencoded'];
    else if (opts.json !== undefined) [body, headers['Content-Type']] = [jsonBody(opts.json), 'application/json'];
    const prepared: PreparedRequest = {
      method: method.toUpperCase(),
      url,
      summary: { method: method.toUpperCase(), url: redactText(url) },
      headers: { ...headers, ...opts.headers },
      body,
      auth: opts.auth ?? 'bearer',
      signal: opts.signal,
      retry: opts.retry !== false,
      ...(opts.rateLimitCategory ? { rateLimitCategory: opts.rateLimitCategory } : {}),
    };
    return (await send(prepared)) as HttpResponse<T>;
  }

  return {
    baseUrl: options.baseUrl,
    fetch,
    request,
    pacer: (category) => {
      checkPacer.string(category, 'category', { maxLength: 64, singleLine: true });
      return pacing?.shared(category);
    },
    async get<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) {
      checkPath(checkGet, path);
      checkGet.object(query, 'query', { optional: true });
      checkGet.signal(signal, 'signal', { optional: true });
      return (await request<T>('GET', path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) })).data;
    },
  };
}
