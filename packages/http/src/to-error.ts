import { ApiError, NetworkError, RateLimitError, RedirectError, SpamError, TransportTimeoutError, type RequestSummary } from './errors.js';
import type { HeadersLike } from './fetch-like.js';
import { redactText } from './redact.js';
import { parseRateLimitHeaders } from './rate-limit-headers.js';
import { parseRetryAfter } from './retry-policy.js';

interface PinterestErrorBody {
  code?: unknown;
  message?: unknown;
  message_detail?: unknown;
}

function field(body: unknown, key: keyof PinterestErrorBody): unknown {
  return body && typeof body === 'object' ? (body as PinterestErrorBody)[key] : undefined;
}

/** Turns an HTTP error response into the matching named error (Pinterest's `{code, message}` body). */
export function toApiError(init: { status: number; headers: HeadersLike; body: unknown; request: RequestSummary }): ApiError {
  const { status, headers, body, request } = init;
  const code = typeof field(body, 'code') === 'number' ? (field(body, 'code') as number) : undefined;
  const detail = [field(body, 'message'), field(body, 'message_detail')].filter((s) => typeof s === 'string').join(' - ');
  const text = typeof body === 'string' && body.length < 300 ? body : '';
  const message = redactText(detail || text || `HTTP ${status}`);
  const rateLimit = parseRateLimitHeaders(headers);
  const common = {
    status,
    ...(code === undefined ? {} : { code }),
    message: `${request.method} ${request.url} failed with ${status}: ${message}`,
    ...(headers.get('x-pinterest-rid') ? { requestId: headers.get('x-pinterest-rid') as string } : {}),
    request,
    body,
    ...(rateLimit ? { rateLimit } : {}),
  };
  if (status === 429) {
    // Pinterest uses 429 for spam refusals too; only the message tells them apart.
    if (/spam/i.test(detail)) return new SpamError(common);
    const retryAfter = headers.get('retry-after') ?? undefined;
    const retryAfterMs = parseRetryAfter(retryAfter);
    return new RateLimitError({ ...common, ...(retryAfterMs === undefined ? {} : { retryAfterMs, retryAfter }) });
  }
  return new ApiError(common);
}

/** A 3xx answer: the error names its status and where it pointed, and nothing goes there. */
export function toRedirectError(init: { status: number; headers: HeadersLike; body: unknown; request: RequestSummary }): RedirectError {
  const { status, headers, body, request } = init;
  const raw = headers.get('location') ?? undefined;
  let locationHost: string | undefined;
  try {
    if (raw !== undefined) locationHost = new URL(raw, request.url).host;
  } catch {
    locationHost = undefined;
  }
  const where = locationHost ? `a redirect to ${locationHost}` : raw === undefined ? 'a redirect without a Location' : 'a redirect';
  return new RedirectError({
    status,
    message:
      `${request.method} ${request.url} answered ${status}, ${where}, ` +
      'which pinkit does not follow (it would carry credentials there).',
    ...(headers.get('x-pinterest-rid') ? { requestId: headers.get('x-pinterest-rid') as string } : {}),
    request,
    body,
    ...(raw === undefined ? {} : { location: redactText(raw) }),
    ...(locationHost ? { locationHost } : {}),
  });
}

const NOT_SENT_CODES = new Set([
  'ERR_PROXY_CONNECT',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_INVALID_URL',
]);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Wraps a transport failure; `notSent` tells retry logic whether a write could have landed. */
export function toNetworkError(error: unknown, request: RequestSummary, timeoutMs: number): NetworkError {
  if (error instanceof TransportTimeoutError) {
    return new NetworkError(`${request.method} ${request.url}: ${error.message}`, {
      request,
      cause: error,
      notSent: error.phase === 'connect',
    });
  }
  const code = causeCode(error);
  const name = error instanceof Error ? error.name : '';
  const what =
    name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT'
      ? `timed out after ${timeoutMs} ms`
      : code === 'ECONNREFUSED'
        ? 'connection refused'
        : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
          ? 'host not found'
          : `connection failed${code ? ` (${code})` : ''}`;
  return new NetworkError(`${request.method} ${request.url}: ${what}`, {
    request,
    cause: error,
    notSent: code !== undefined && NOT_SENT_CODES.has(code),
  });
}
