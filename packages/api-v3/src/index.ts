export { createV3Client } from './create-v3-client.js';
export { readV3EnvelopeStatus } from './v3-envelope-status.js';
export type { V3EnvelopeStatus } from './v3-envelope-status.js';
export type { V3Client, V3ClientOptions } from './create-v3-client.js';
export type { ListUserBoardsOptions, V3PageOptions } from './users.js';
export { MAX_LINKED_BUSINESSES } from './users.js';
export type {
  V3AdGroup,
  V3Advertiser,
  V3Board,
  V3BoardCreate,
  V3Business,
  V3Campaign,
  V3CarouselSlot,
  V3EntityStatus,
  V3Envelope,
  V3Pin,
  V3PinCreate,
  V3PinPromotion,
  V3Section,
  V3User,
} from './v3-types.js';
// The errors a call can throw and the paging types, so that catching `ApiError` or typing a
// `Listing<V3Pin>` does not need @pinkit/http installed alongside.
export {
  ApiError,
  HttpError,
  InvalidPathParamError,
  NetworkError,
  PagingError,
  ProxyError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  SpamError,
  TransportTimeoutError,
  UnexpectedResponseError,
} from '@pinkit/http';
export type { Listing, Logger, LogLevel, Page, TokenProvider } from '@pinkit/http';
export { grantedV3Scopes, isV3Scope, V3_SCOPES } from './v3-scopes.js';
export {
  AnalyticsAttributeError,
  DateRangeError,
  InvalidDateError,
  MissingAttributeError,
  ReportDownloadError,
  ReportFailedError,
  ReportStatusError,
  ReportTimeoutError,
  UnknownValueError,
} from '@pinkit/analytics';
export { checkDeliveryMetricsQuery, checkReportAttributes, checkUserMetricsQuery } from './check-analytics-attributes.js';
export {
  V3_APP_TYPES,
  V3_CONVERSION_REPORT_TIMES,
  V3_DATA_SOURCES,
  V3_ENTITY_FIELDS,
  V3_GRANULARITIES,
  V3_PIN_FORMATS,
  V3_PUBLISH_TYPES,
  V3_REPORT_FORMATS,
  V3_REPORT_LEVELS,
  V3_REPORT_STATUSES,
  V3_TAG_VERSIONS,
  V3_TRISTATE,
  V3_WINDOW_DAYS,
  V4_ATTRIBUTION_TYPES,
} from './analytics-values.js';
export type { V3Granularity, V3ReportFormat, V3ReportLevel, V3ReportStatus, V3WindowDays } from './analytics-values.js';
export type { V3DateRange, V3DeliveryMetricsReportAttributes, V3UserMetricsQuery, V4DeliveryMetricsQuery } from './analytics-query.js';
export type {
  V3DailyMetrics,
  V3DeliveryMetric,
  V3ReportState,
  V3ReportToken,
  V3UserMetrics,
  V4DeliveryMetricsRow,
} from './analytics-types.js';
export type { RunReportOptions, V3FinishedReport } from './reports.js';
export { FIRST_POLL_MS, LONGEST_POLL_MS } from './wait-for-report.js';
export type { V3ReportProgress, WaitForReportOptions } from './wait-for-report.js';
export type { V3Scope, V3ScopeInfo } from './v3-scopes.js';
export type { V3RawInput } from './v3-call.js';
export { ArgumentError } from '@pinkit/arguments';
