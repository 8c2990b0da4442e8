export { createV5Client } from './create-v5-client.js';
export type { V5Client, V5ClientOptions } from './create-v5-client.js';
export type { BoundArea, Endpoint } from './endpoint.js';
export type { OperationCall } from './operation-call.js';
export type { V5Request } from './v5-request.js';
export type { CallArgs, CallInput, CallResult, ListArgs, ListItem, RouteOperation, V5Route } from './call-types.js';
export { InvalidPathParamError, SandboxUnsupportedError, UnexpectedResponseError, UnknownOperationError } from './errors.js';
// The errors a call can throw and the paging types, so that catching `ApiError` or typing a
// `Listing<Pin>` does not need @pinkit/http installed alongside.
export {
  ApiError,
  HttpError,
  NetworkError,
  PagingError,
  ProxyError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  SpamError,
  TransportTimeoutError,
} from '@pinkit/http';
export type { Listing, Logger, LogLevel, Page, TokenProvider } from '@pinkit/http';
export type { V5OperationInfo } from './find-operation.js';
export type { ListBoardsOptions, PageOptions } from './boards.js';
export type { ListAdAccountsOptions } from './ad-accounts.js';
export type { AdTreeListOptions } from './ad-tree-options.js';
export type { ListCampaignsOptions } from './campaigns.js';
export type { ListAdGroupsOptions } from './ad-groups.js';
export type { ListAdsOptions } from './ads.js';
export type { SuggestedTermsOptions } from './terms.js';
export type { ListPinsOptions } from './pins.js';
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
export { checkAdsAnalyticsQuery, checkPinAnalyticsQuery, checkReportRequest, checkUserAnalyticsQuery } from './check-analytics-request.js';
export type {
  AdAccountAnalyticsQuery,
  AdAnalyticsQuery,
  AdGroupAnalyticsQuery,
  CampaignAnalyticsQuery,
  PinAnalyticsQuery,
  ReportRequest,
  UserAnalyticsQuery,
} from './check-analytics-request.js';
export { dateLimitsFor } from './analytics-date-limits.js';
export type { AnalyticsKind, DateLimits } from './analytics-date-limits.js';
export type { FinishedReport, ReportProgress, RunReportOptions } from './run-report.js';
export {
  ADS_ANALYTICS_COLUMNS,
  APP_TYPES,
  ATTRIBUTION_WINDOW_DAYS,
  CONVERSION_REPORT_TIMES,
  GRANULARITIES,
  PIN_ANALYTICS_METRICS,
  REPORT_COLUMNS,
  REPORT_FORMATS,
  REPORT_LEVELS,
  REPORT_STATUSES,
  USER_ANALYTICS_METRICS,
} from './analytics-values.js';
export type { Granularity, ReportFormat, ReportLevel, ReportStatus } from './analytics-values.js';
export type {
  Account,
  Ad,
  AdAccount,
  AdGroup,
  Campaign,
  CreativeType,
  EntityStatus,
  RelatedTerms,
  Board,
  BoardCreate,
  BoardPrivacy,
  BoardSection,
  LinkedBusiness,
  Media,
  MediaUpload,
  MediaUploadStatus,
  Pin,
  PinCreate,
  PinUpdate,
  PinMediaSource,
} from './types.js';
export type { components, operations, paths } from './generated/openapi.js';
export { isV5Scope, V5_CALL_INPUTS, V5_CALLS, V5_OPERATION_IDS, V5_OPERATIONS, V5_RATE_LIMITS, V5_SCOPES } from './operations.js';
export type { V5CallInput, V5Operation, V5OperationId, V5Scope } from './operations.js';
export type { GeneratedAreas, GeneratedCall } from './generated-areas.js';
export type { MergedAreas } from './merge-areas.js';
export { analyticsSeries } from './analytics-series.js';
export { MAX_SERIES_POINTS } from './series-axis.js';
export type { AnalyticsSeries, OmittedPoints, SeriesOptions, SeriesPoint } from './analytics-series.js';
export { reportFileSeries } from './report-file-series.js';
export { SeriesShapeError } from './series-shape-error.js';
export type { RawCallAnswer, RawCallInput, RawCalls } from './raw-call.js';
export { ArgumentError } from '@pinkit/arguments';
