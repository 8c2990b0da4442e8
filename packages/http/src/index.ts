export {
  ApiError,
  HttpError,
  NetworkError,
  PagingError,
  ProxyError,
  RateLimitError,
  RedirectError,
  ResponseDecodeError,
  ResponseTooLargeError,
  SpamError,
  TransportTimeoutError,
} from './errors.js';
export type { RequestSummary, TransportPhase } from './errors.js';
export { createHttpClient } from './http-client.js';
export type { HttpClient, HttpClientOptions, HttpResponse, QueryValue, RequestOptions } from './http-client.js';
export type { FetchLike, FetchLikeBody, FetchLikeInit, FetchLikeResponse, HeadersLike } from './fetch-like.js';
export { createLevelLogger, silentLogger } from './logger.js';
export type { LogLevel, Logger } from './logger.js';
export { createListing, fromPages } from './listing.js';
export type { Listing } from './listing.js';
export { createNodeFetch } from './node-fetch.js';
export type { NodeFetch, NodeFetchOptions, TransportTimeouts } from './node-fetch.js';
export type { NodeResponse } from './node-response.js';
export { paginate, paginatePages, toPage } from './paginate.js';
export { InvalidPathParamError, UnexpectedResponseError } from './answer-errors.js';
export { pathSegment, pathSegmentProblem } from './path-segment.js';
export { AnswerIdError, answerId } from './answer-id.js';
// Moved to @pinkit/analytics, which they are about (@pinkit/api-v5 and @pinkit/api-v3 export them
// too); kept here, the same classes, so that code importing them from this package still works.
export {
  AnalyticsAttributeError,
  DateRangeError,
  DEFAULT_REPORT_MAX_BYTES,
  downloadReport,
  InvalidDateError,
  MissingAttributeError,
  ReportDownloadError,
  ReportFailedError,
  ReportTimeoutError,
  UnknownValueError,
} from '@pinkit/analytics';
export type { DownloadOptions } from '@pinkit/analytics';
export type { Page, PagingLimits } from './paginate.js';
// Moved to @pinkit/hosts; kept here so that code importing them from this package still works.
export { DEFAULT_REDIRECT_URI, PINTEREST_API_URI, PINTEREST_OAUTH_URI, PINTEREST_SANDBOX_API_URI } from '@pinkit/hosts';
export { proxyFor, readProxySettings } from './proxy-settings.js';
export type { ProxyEnv, ProxySettings } from './proxy-settings.js';
export { parseRateLimitHeaders } from './rate-limit-headers.js';
export type { RateLimitHeaders, RateLimitPolicy } from './rate-limit-headers.js';
export type { RateLimitTable } from './rate-limit-table.js';
export { readNumber } from './read-number.js';
export type { NumberRange } from './read-number.js';
export { REDACTED, redactHeaders, redactText } from './redact.js';
export type { SharedPacer } from './shared-pacer.js';
export { PacingWaitTooLongError } from '@pinkit/timing';
export { isRetryable, parseRetryAfter, retryDelayMs } from './retry-policy.js';
export type { RetryOptions } from './retry-policy.js';
export { staticToken } from './token-provider.js';
export type { TokenProvider } from './token-provider.js';
export { ArgumentError } from '@pinkit/arguments';
