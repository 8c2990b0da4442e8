// The enumerations v3 (and the ads v4 metrics beside it) documented for the analytics attributes,
// as the quickstart's attribute classes listed them (see API-V3.md in the reference notes). The
// metric names themselves are not enumerated here: v3 serves their list
// (`reports.listDeliveryMetrics()`), and the server refuses an unknown one.

export const V3_GRANULARITIES = ['TOTAL', 'DAY', 'HOUR', 'WEEK', 'MONTH'] as const;
export type V3Granularity = (typeof V3_GRANULARITIES)[number];

/** `level` of the asynchronous delivery-metrics report. */
export const V3_REPORT_LEVELS = [
  'ADVERTISER',
  'AD_GROUP',
  'CAMPAIGN',
  'ITEM',
  'KEYWORD',
  'PIN_PROMOTION',
  'PIN_PROMOTION_TARGETING',
  'PRODUCT_GROUP',
  'PRODUCT_GROUP_TARGETING',
  'PRODUCT_ITEM',
  'SEARCH_QUERY',
] as const;
export type V3ReportLevel = (typeof V3_REPORT_LEVELS)[number];

/** `click_window_days`, `engagement_window_days`, `view_window_days`. */
export const V3_WINDOW_DAYS = [0, 1, 7, 14, 30, 60] as const;
export type V3WindowDays = (typeof V3_WINDOW_DAYS)[number];

/** `report_format`: lower case in v3 (v5 says `JSON`, `CSV`). */
export const V3_REPORT_FORMATS = ['csv', 'json'] as const;
export type V3ReportFormat = (typeof V3_REPORT_FORMATS)[number];

export const V3_DATA_SOURCES = ['OFFLINE', 'REALTIME'] as const;
export const V3_CONVERSION_REPORT_TIMES = ['AD_EVENT', 'CONVERSION_EVENT'] as const;
export const V3_TAG_VERSIONS = [2, 3] as const;

/** `entity_fields` of the report: columns of the level and its parents. */
export const V3_ENTITY_FIELDS = [
  'AD_GROUP_ID',
  'AD_GROUP_NAME',
  'AD_GROUP_STATUS',
  'CAMPAIGN_ID',
  'CAMPAIGN_MANAGED_STATUS',
  'CAMPAIGN_NAME',
  'CAMPAIGN_STATUS',
  'PIN_PROMOTION_ID',
  'PIN_PROMOTION_NAME',
  'PIN_PROMOTION_STATUS',
  'PRODUCT_GROUP_ID',
] as const;

/** `attribution_types` of the ads v4 delivery metrics. */
export const V4_ATTRIBUTION_TYPES = ['INDIVIDUAL', 'HOUSEHOLD'] as const;

/** The user metrics' filters: 0, 1 or 2 (no, yes, both), and the two lower-case enumerations. */
export const V3_TRISTATE = [0, 1, 2] as const;
export const V3_PIN_FORMATS = [
  'all',
  'product',
  'standard',
  'standard_product_stl_union',
  'standard_product_union',
  'standard_stl_union',
  'stl',
  'story',
  'video',
] as const;
export const V3_APP_TYPES = ['all', 'mobile', 'tablet', 'web'] as const;
export const V3_PUBLISH_TYPES = ['all', 'published'] as const;

/** Where a report can end. */
export const V3_REPORT_STATUSES = ['IN_PROGRESS', 'FINISHED', 'FAILED', 'EXPIRED', 'CANCELLED', 'DOES_NOT_EXIST'] as const;
export type V3ReportStatus = (typeof V3_REPORT_STATUSES)[number];
