import { ResponseTooLargeError } from './errors.js';
import type { FetchLike, FetchLikeResponse } from './fetch-like.js';
import type { HttpResponse, PreparedRequest, SendRequest } from './prepared-request.js';
import { toApiError, toNetworkError } from './to-error.js';

const JSON_TYPE = /^application\/(?:[\w!#$%&*.^`~-]*\+)?json\s*(?:;|$)/i;

/** JSON when the body is JSON (or untyped, as some error pages are), else the text; nothing for an empty body. */
function parseBody(text: string, contentType: string | null): unknown {
  if (text === '') return undefined;
  if (contentType && !JSON_TYPE.test(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The innermost layer: one attempt through `fetch`, bounded by `timeoutMs` (headers and body
 * together), the body parsed, an error status turned into the matching named error.
 */
export function createSendRequest(fetch: FetchLike, timeoutMs: number): SendRequest {
  return async function sendRequest(request: PreparedRequest): Promise<HttpResponse<unknown>> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    let response: FetchLikeResponse;
    let text: string;
    try {
      response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        signal,
      });
      text = await response.text();
    } catch (error) {
      // The caller's own cancellation is not a network failure, and a too-large body is no better on a retry.
      if (request.signal?.aborted || error instanceof ResponseTooLargeError) throw error;
      throw toNetworkError(error, request.summary, timeoutMs);
    }
    const data = parseBody(text, response.headers.get('content-type'));
    if (response.status >= 400) throw toApiError({ status: response.status, headers: response.headers, body: data, request: request.summary });
    return { data, status: response.status, headers: response.headers, requestId: response.headers.get('x-pinterest-rid') ?? undefined };
  };
}
