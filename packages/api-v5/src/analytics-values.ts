// The `@pinkit/api-v5/analytics-values` entry: the enumerations of the analytics and report
// attributes (generated from the description), so that the simulator can check them without
// loading the client.
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
} from './generated/analytics-values.js';
import type { GRANULARITIES, REPORT_FORMATS, REPORT_LEVELS, REPORT_STATUSES } from './generated/analytics-values.js';

export type Granularity = (typeof GRANULARITIES)[number];
export type ReportLevel = (typeof REPORT_LEVELS)[number];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type ReportStatus = (typeof REPORT_STATUSES)[number];
