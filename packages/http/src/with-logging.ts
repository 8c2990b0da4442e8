import { ApiError } from './errors.js';
import type { Logger } from './logger.js';
import type { SendRequest } from './prepared-request.js';
import { redactHeaders, redactText } from './redact.js';

/**
 * Logs each attempt, redacted: at level 2 one line with status, time and Pinterest's request
 * id; at level 3 also the headers and both bodies. Serialising bodies is skipped unless the
 * logger shows level 3, since a page of 250 pins is not free to stringify.
 */
export function withLogging(next: SendRequest, logger: Logger): SendRequest {
  const verbose = (logger.level ?? 3) >= 3;
  return async (request) => {
    const { method } = request;
    const { url } = request.summary;
    if (verbose) {
      const category = request.rateLimitCategory ? ` category=${request.rateLimitCategory}` : '';
      logger.log(3, `${method} ${url}${category} headers=${JSON.stringify(redactHeaders(request.headers))}`);
      if (request.body !== undefined) logger.log(3, `request body: ${redactText(request.body)}`);
    }
    const started = Date.now();
    const answered = (status: number, requestId: string | undefined, body: unknown) => {
      logger.log(2, `${method} ${url} -> ${status} (${Date.now() - started} ms)${requestId ? ` rid=${requestId}` : ''}`);
      if (verbose && body !== undefined) logger.log(3, `response body: ${redactText(JSON.stringify(body))}`);
    };
    try {
      const response = await next(request);
      answered(response.status, response.requestId, response.data);
      return response;
    } catch (error) {
      if (error instanceof ApiError) answered(error.status, error.requestId, error.body);
      throw error;
    }
  };
}
