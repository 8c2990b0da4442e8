export { AnalyticsAttributeError, DateRangeError, InvalidDateError, MissingAttributeError, UnknownValueError } from './attribute-errors.js';
export { ReportDownloadError, ReportFailedError, ReportTimeoutError } from './report-errors.js';
export { ReportStatusError } from './report-status-error.js';
export { DEFAULT_REPORT_MAX_BYTES, downloadReport } from './download-report.js';
export type { DownloadOptions, ReportFetch } from './download-report.js';
export { FIRST_POLL_MS, LONGEST_POLL_MS, pollReport } from './poll-report.js';
export type { PolledState, PollReportOptions, ReportProgress, ReportStatuses } from './poll-report.js';
export { ArgumentError } from '@pinkit/arguments';
export { checkReportOptions, LONGEST_REPORT_TIMEOUT_MS } from './report-arguments.js';
