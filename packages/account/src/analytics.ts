// The `@pinkit/account/analytics` entry: checks of an analytics request before it is sent, and the
// series (one per metric) of an analytics answer or report file of either version, for charts.
export { checkAnalyticsRequest } from './analytics-checks.js';
export type { AnalyticsRequest } from './analytics-checks.js';
export { analyticsSeries, reportFileSeries } from '@pinkit/api-v5';
export type { AnalyticsSeries, SeriesOptions, SeriesPoint } from '@pinkit/api-v5';
