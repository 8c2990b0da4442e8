import type { RequestSummary } from './errors.js';
import type { HeadersLike } from './fetch-like.js';

/** One request as the client's layers pass it inward: URL built, body serialised, secrets not yet added. */
export interface PreparedRequest {
  /** Upper case. */
  method: string;
  url: string;
  /** Method and URL with secrets removed, for messages and errors. */
  summary: RequestSummary;
  headers: Record<string, string>;
  /** JSON text or a form's `a=1&b=2`. */
  body: string | undefined;
  auth: 'bearer' | 'none' | { basic: { username: string; password: string } };
  signal: AbortSignal | undefined;
  /** `false` when the caller asked for no retries of this request. */
  retry: boolean;
  /** The operation's `x-ratelimit-category`, when the caller knows it. */
  rateLimitCategory?: string;
}

export interface HttpResponse<T> {
  data: T;
  status: number;
  headers: HeadersLike;
  requestId: string | undefined;
}

/** The client is a stack of these: auth around retry around logging around the transport. */
export type SendRequest = (request: PreparedRequest) => Promise<HttpResponse<unknown>>;
