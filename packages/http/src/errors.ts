import type { RateLimitHeaders } from './rate-limit-headers.js';

/** What a failed request was, with secrets already removed (see redact.ts). */
export interface RequestSummary {
  method: string;
  url: string;
}

/** Base of every error this package throws, so callers can catch pinkit's HTTP failures at once. */
export class HttpError extends Error {
  override name = 'HttpError';
}

/** Pinterest answered with an HTTP error status. */
export class ApiError extends HttpError {
  override name = 'ApiError';
  readonly status: number;
  /** Pinterest's numeric error `code`, when the body had one. */
  readonly code: number | undefined;
  /** The `x-pinterest-rid` response header: quote it when asking Pinterest about a failure. */
  readonly requestId: string | undefined;
  readonly request: RequestSummary;
  readonly body: unknown;
  /** The answer's `X-RateLimit-*` headers, when it had them. */
  readonly rateLimit: RateLimitHeaders | undefined;

  constructor(init: {
    status: number;
    code?: number;
    message: string;
    requestId?: string;
    request: RequestSummary;
    body?: unknown;
    rateLimit?: RateLimitHeaders;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.request = init.request;
    this.body = init.body;
    this.rateLimit = init.rateLimit;
  }
}

/**
 * A 3xx answer. pinkit never follows one: a redirect to another host would carry the
 * `Authorization` header, a token request's form body or app credentials there. `location` is
 * the `Location` header (redacted), `locationHost` its host, when it had one.
 */
export class RedirectError extends ApiError {
  override name = 'RedirectError';
  readonly location: string | undefined;
  readonly locationHost: string | undefined;

  constructor(init: ConstructorParameters<typeof ApiError>[0] & { location?: string; locationHost?: string }) {
    super(init);
    this.location = init.location;
    this.locationHost = init.locationHost;
  }
}

/** HTTP 429 that is a rate limit (not spam). `retryAfterMs` comes from `Retry-After` when sent. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  readonly retryAfterMs: number | undefined;
  /** The `Retry-After` header as sent (seconds or an HTTP date), for messages that quote it. */
  readonly retryAfter: string | undefined;

  constructor(init: ConstructorParameters<typeof ApiError>[0] & { retryAfterMs?: number; retryAfter?: string }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
    this.retryAfter = init.retryAfter;
  }
}

/** HTTP 429 whose message says Pinterest refused the content as spam: retrying will not help. */
export class SpamError extends ApiError {
  override name = 'SpamError';
}

/** The request never got an HTTP answer: refused, reset, timed out or the host is unknown. */
export class NetworkError extends HttpError {
  override name = 'NetworkError';
  readonly request: RequestSummary;
  /** True when the connection was never established, so the server cannot have acted on it. */
  readonly notSent: boolean;

  constructor(message: string, init: { request: RequestSummary; cause?: unknown; notSent: boolean }) {
    super(message, { cause: init.cause });
    this.request = init.request;
    this.notSent = init.notSent;
  }
}

/** A paged listing misbehaved (for example the server sent the same bookmark twice). */
export class PagingError extends HttpError {
  override name = 'PagingError';
  readonly bookmark: string;

  constructor(message: string, bookmark: string) {
    super(message);
    this.bookmark = bookmark;
  }
}

/** A response body grew past the transport's `maxBodyBytes`; reading stopped there. */
export class ResponseTooLargeError extends HttpError {
  override name = 'ResponseTooLargeError';
  readonly limitBytes: number;

  constructor(limitBytes: number) {
    super(`The response body is larger than ${limitBytes} bytes, the most this client reads.`);
    this.limitBytes = limitBytes;
  }
}

/**
 * A response body that could not be read as what it claims to be (a compressed body that does not
 * decompress, a JSON body that does not parse): the message names the request, its URL without
 * the query, and the decoder's own words, so "incorrect header check" says where it came from.
 */
export class ResponseDecodeError extends HttpError {
  override name = 'ResponseDecodeError';
  /** `METHOD origin/path`; the query is left out, as it may carry a signature. */
  readonly request: string;

  constructor(request: string, problem: string, options?: { cause?: unknown }) {
    super(`The answer of ${request} ${problem}`, options);
    this.request = request;
  }
}

/** Which part of an exchange the transport bounds: reaching the server, its first answer, the whole body. */
export type TransportPhase = 'connect' | 'headers' | 'body';

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/**
 * The transport gave up on one phase of an exchange. Wrapped in a `NetworkError` by the client;
 * `phase: 'connect'` means nothing was sent.
 */
export class TransportTimeoutError extends HttpError {
  override name = 'TransportTimeoutError';
  readonly phase: TransportPhase;
  readonly timeoutMs: number;

  constructor(phase: TransportPhase, host: string, timeoutMs: number) {
    super(
      phase === 'connect'
        ? `connecting to ${host} timed out after ${seconds(timeoutMs)}`
        : phase === 'headers'
          ? `no answer from ${host} within ${seconds(timeoutMs)}`
          : `the body of the answer from ${host} stalled (not complete after ${seconds(timeoutMs)})`,
    );
    this.phase = phase;
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A proxy variable (`HTTPS_PROXY`, `HTTP_PROXY`) is not a URL, or the proxy refused to carry a
 * request (a 407, 403 or redirect in place of a tunnel). The message names the variable or the
 * proxy's status and what it means, never the proxy's credentials. A refusal is not retried: the
 * same proxy with the same settings refuses again.
 */
export class ProxyError extends HttpError {
  override name = 'ProxyError';
  /** `ERR_PROXY_CONNECT` when the proxy refused the request: the request itself was not sent. */
  readonly code: string;
  /** The proxy's HTTP status, for a refusal. */
  readonly status: number | undefined;

  constructor(message: string, code: 'ERR_PROXY_CONFIG' | 'ERR_PROXY_CONNECT', status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.status = status;
  }
}
