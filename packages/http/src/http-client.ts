import { ofetch, type FetchResponse } from 'ofetch';
import { HttpError, NetworkError, type RequestSummary } from './errors.js';
import { silentLogger, type Logger } from './logger.js';
import { redactHeaders, redactText } from './redact.js';
import { isRetryable, resolveRetryOptions, retryDelayMs, type RetryOptions } from './retry-policy.js';
import type { TokenProvider } from './token-provider.js';
import { toApiError, toNetworkError } from './to-error.js';

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
  /** Per-attempt timeout. Default 30 s. */
  timeoutMs?: number;
  /** Sent as `User-Agent`. */
  userAgent?: string;
  /** Transport, injectable for tests and custom agents. Default: the global fetch. */
  fetch?: typeof fetch;
  /** Waits between retries; injectable so tests need not sleep. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
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

export interface HttpResponse<T> {
  data: T;
  status: number;
  headers: Headers;
  requestId: string | undefined;
}

export interface HttpClient {
  readonly baseUrl: string;
  request<T>(method: string, path: string, options?: RequestOptions): Promise<HttpResponse<T>>;
  get<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T>;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

function buildUrl(baseUrl: string, path: string, query: Record<string, QueryValue> = {}): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

async function authHeader(auth: RequestOptions['auth'], token: TokenProvider | undefined, refreshed: string | undefined) {
  if (auth === 'none') return undefined;
  if (auth && typeof auth === 'object') {
    return `Basic ${Buffer.from(`${auth.basic.username}:${auth.basic.password}`).toString('base64')}`;
  }
  if (!token) throw new HttpError('This request needs an access token, and the client was created without a token provider.');
  return `Bearer ${refreshed ?? (await token.getAccessToken())}`;
}

/** An HTTP client for one Pinterest API host: auth, retries, named errors, redacted logging. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const logger = options.logger ?? silentLogger;
  const verbose = (logger.level ?? 3) >= 3;
  const retry = options.retry === false ? undefined : resolveRetryOptions(options.retry);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const sleep = options.sleep ?? defaultSleep;
  // ofetch takes a custom transport as a global option, not as a per-request default.
  const $fetch = ofetch.create({ retry: 0, timeout: timeoutMs, ignoreResponseError: true }, options.fetch ? { fetch: options.fetch } : {});

  async function attempt<T>(method: string, url: string, request: RequestSummary, opts: RequestOptions, refreshed?: string) {
    const headers: Record<string, string> = { Accept: 'application/json', ...(options.userAgent ? { 'User-Agent': options.userAgent } : {}), ...opts.headers };
    const authorization = await authHeader(opts.auth, options.token, refreshed);
    if (authorization) headers.Authorization = authorization;
    const body = opts.form ? new URLSearchParams(opts.form) : (opts.json as Record<string, unknown> | undefined);
    if (opts.form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    if (verbose) {
      const category = opts.rateLimitCategory ? ` category=${opts.rateLimitCategory}` : '';
      logger.log(3, `${method} ${request.url}${category} headers=${JSON.stringify(redactHeaders(headers))}`);
      if (body !== undefined) logger.log(3, `request body: ${redactText(opts.form ? String(body) : JSON.stringify(body))}`);
    }
    const started = Date.now();
    let response: FetchResponse<T>;
    try {
      response = await $fetch.raw<T>(url, { method, headers, ...(body === undefined ? {} : { body }), ...(opts.signal ? { signal: opts.signal } : {}) });
    } catch (error) {
      if (opts.signal?.aborted) throw error;
      throw toNetworkError(error, request, timeoutMs);
    }
    const requestId = response.headers.get('x-pinterest-rid') ?? undefined;
    logger.log(2, `${method} ${request.url} -> ${response.status} (${Date.now() - started} ms)${requestId ? ` rid=${requestId}` : ''}`);
    if (verbose && response._data !== undefined) logger.log(3, `response body: ${redactText(JSON.stringify(response._data))}`);
    if (response.status >= 400) throw toApiError({ status: response.status, headers: response.headers, body: response._data, request });
    return { data: response._data as T, status: response.status, headers: response.headers, requestId };
  }

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<HttpResponse<T>> {
    const upper = method.toUpperCase();
    const url = buildUrl(options.baseUrl, path, opts.query);
    const request: RequestSummary = { method: upper, url: redactText(url) };
    const started = Date.now();
    let refreshed: string | undefined;
    for (let attemptNo = 1; ; attemptNo++) {
      try {
        return await attempt<T>(upper, url, request, opts, refreshed);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        // An expired access token: refresh once through the provider, then repeat the request.
        const canRefresh = refreshed === undefined && (opts.auth ?? 'bearer') === 'bearer' && options.token?.refresh;
        if (canRefresh && 'status' in error && error.status === 401) {
          logger.log(1, 'Access token rejected (401); refreshing it and trying again.');
          refreshed = await options.token!.refresh!();
          continue;
        }
        const elapsed = Date.now() - started;
        if (!retry || opts.retry === false || attemptNo >= retry.maxAttempts || !isRetryable(error, upper)) throw error;
        const delay = retryDelayMs(error, attemptNo, retry);
        if (elapsed + delay > retry.maxElapsedMs) throw error;
        const why = error instanceof NetworkError ? error.message : `${error.name} ${'status' in error ? error.status : ''}`.trim();
        logger.log(1, `${why}; retry ${attemptNo}/${retry.maxAttempts - 1} of ${upper} ${request.url} in ${delay} ms`);
        await sleep(delay, opts.signal);
      }
    }
  }

  return {
    baseUrl: options.baseUrl,
    request,
    async get<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) {
      return (await request<T>('GET', path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) })).data;
    },
  };
}
