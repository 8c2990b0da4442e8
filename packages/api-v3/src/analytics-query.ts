import type {
  V3_APP_TYPES,
  V3_CONVERSION_REPORT_TIMES,
  V3_DATA_SOURCES,
  V3_ENTITY_FIELDS,
  V3_PIN_FORMATS,
  V3_PUBLISH_TYPES,
  V3_TAG_VERSIONS,
  V3_TRISTATE,
  V3Granularity,
  V3ReportFormat,
  V3ReportLevel,
  V3WindowDays,
  V4_ATTRIBUTION_TYPES,
} from './analytics-values.js';

type Tristate = (typeof V3_TRISTATE)[number];

/** The day range every analytics call takes: UTC days, `YYYY-MM-DD`, both included. */
export interface V3DateRange {
  start_date: string;
  end_date: string;
}

/** `GET /v3/partners/analytics/users/{user}/metrics/`: the user's organic metrics. */
export interface V3UserMetricsQuery extends V3DateRange {
  /** Sent comma-separated; absent, Pinterest's default set. */
  metric_types?: readonly string[];
  paid?: Tristate;
  in_profile?: Tristate;
  from_owned_content?: Tristate;
  downstream?: Tristate;
  include_curated?: Tristate;
  pin_format?: (typeof V3_PIN_FORMATS)[number];
  app_types?: (typeof V3_APP_TYPES)[number];
  publish_types?: (typeof V3_PUBLISH_TYPES)[number];
}

interface AttributionWindows {
  click_window_days?: V3WindowDays;
  engagement_window_days?: V3WindowDays;
  view_window_days?: V3WindowDays;
}

/** `GET /ads/v4/advertisers/{advertiser}/delivery_metrics` and the campaign, ad group and ad variants. */
export interface V4DeliveryMetricsQuery extends V3DateRange, AttributionWindows {
  granularity: V3Granularity;
  /** Sent comma-separated as `columns`; at least one. */
  columns: readonly string[];
  conversion_report_time?: string;
  attribution_types?: (typeof V4_ATTRIBUTION_TYPES)[number];
}

/** The attributes of `POST /ads/v3/reports/async/{advertiser}/delivery_metrics/`, sent in the query string. */
export interface V3DeliveryMetricsReportAttributes extends V3DateRange, AttributionWindows {
  level: V3ReportLevel;
  /** Sent comma-separated; at least one (the names of `reports.listDeliveryMetrics()`). */
  metrics: readonly string[];
  granularity?: V3Granularity;
  conversion_report_time?: (typeof V3_CONVERSION_REPORT_TIMES)[number];
  data_source?: (typeof V3_DATA_SOURCES)[number];
  entity_fields?: ReadonlyArray<(typeof V3_ENTITY_FIELDS)[number]>;
  /** Sent as JSON in the query string, URL-encoded. */
  filters?: ReadonlyArray<Readonly<Record<string, unknown>>>;
  report_format?: V3ReportFormat;
  tag_version?: (typeof V3_TAG_VERSIONS)[number];
}
