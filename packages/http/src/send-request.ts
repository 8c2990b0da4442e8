import { createFetch, FetchError, type FetchContext, type FetchOptions } from 'ofetch';
import { ProxyError, ResponseDecodeError, ResponseTooLargeError } from './errors.js';
import type { FetchLike, FetchLikeBody, FetchLikeResponse } from './fetch-like.js';
import type { HttpResponse, PreparedRequest, SendRequest } from './prepared-request.js';
import { RequestHeaders } from './request-headers.js';
import { toApiError, toNetworkError, toRedirectError } from './to-error.js';

/** What ofetch hands its `fetch`: our `RequestHeaders`, turned back into the plain record a `FetchLike` takes. */
function adaptFetch(fetch: FetchLike) {
  return async (url: string, init: { method?: string; headers: RequestHeaders; body?: FetchLikeBody; signal?: AbortSignal }) =>
    fetch(url, {
      method: init.method ?? 'GET',
      headers: Object.fromEntries(init.headers),
      ...(init.body === undefined ? {} : { body: init.body }),
      ...(init.signal ? { signal: init.signal } : {}),
    });
}

/**
 * ofetch hands the body over as text; JSON (or an untyped body that parses) becomes a value, other
 * types stay text and an empty body is `undefined`. Plain `JSON.parse` rather than ofetch's destr:
 * destr warns on the console about `__proto__` keys, and a library must not print (JSON.parse
 * makes such a key an own property, which pollutes nothing).
 */
async function responseData(response: FetchLikeResponse & { _data?: unknown; bodyUsed?: boolean }): Promise<unknown> {
  const text = response._data;
  if (text === undefined && response.bodyUsed === false) await response.text(); // a 204: free the connection
  if (typeof text !== 'string' || text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type !== '' && !/\bjson\b/i.test(type)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The innermost layer: one attempt through an ofetch instance over `fetch`, bounded by
 * `timeoutMs` when given (headers and body together, so not ofetch's `timeout`, which stops at the
 * headers and is ignored when a signal is given; the built-in transport bounds each phase itself). The body is read as text and parsed here (see
 * `responseData`); an error status becomes the matching named error. Retries, auth
 * and logging are the outer layers' (ofetch's own retry is off).
 */
export function createSendRequest(fetch: FetchLike, timeoutMs: number | undefined): SendRequest {
  const $fetch = createFetch({
    fetch: adaptFetch(fetch) as unknown as typeof globalThis.fetch,
    Headers: RequestHeaders as unknown as typeof globalThis.Headers,
    AbortController: globalThis.AbortController,
  }).create({ retry: false, ignoreResponseError: true });

  return async function sendRequest(request: PreparedRequest): Promise<HttpResponse<unknown>> {
    const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
    const signals = [request.signal, timeout].filter((s): s is AbortSignal => s !== undefined);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    let response: FetchContext['response'] & FetchLikeResponse;
    let data: unknown;
    try {
      const options: FetchOptions<'text'> = { method: request.method, headers: request.headers, responseType: 'text' };
      if (signal) options.signal = signal;
      if (request.body !== undefined) options.body = request.body;
      response = (await $fetch.raw(request.url, options)) as typeof response;
      data = await responseData(response);
    } catch (thrown) {
      // ofetch wraps a transport failure in a FetchError whose message holds the unredacted URL: keep only its cause.
      const error = thrown instanceof FetchError && thrown.cause !== undefined ? thrown.cause : thrown;
      // The caller's own cancellation is not a network failure, and a too-large or undecodable body
      // reached us whole: it names its request already, and "cannot reach" would mislead.
      if (request.signal?.aborted || error instanceof ResponseTooLargeError || error instanceof ResponseDecodeError) throw error;
      // A proxy's refusal is its settings' fault, not the network's: name it, and do not retry it.
      if (error instanceof ProxyError) {
        throw new ProxyError(`${request.summary.method} ${request.summary.url}: ${error.message}`, 'ERR_PROXY_CONNECT', error.status, {
          cause: error,
        });
      }
      throw toNetworkError(error, request.summary, timeoutMs ?? 0);
    }
    const { status, headers } = response;
    if (status >= 400) throw toApiError({ status, headers, body: data, request: request.summary });
    // The transport returns redirects unfollowed; a 3xx is never the answer a caller asked for.
    if (status >= 300 && status !== 304) throw toRedirectError({ status, headers, body: data, request: request.summary });
    return { data, status, headers, requestId: headers.get('x-pinterest-rid') ?? undefined };
  };
}
