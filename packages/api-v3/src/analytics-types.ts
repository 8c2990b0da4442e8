// The answers of v3's analytics calls. v3 has no published description and the quickstart printed
// these answers without reading inside them, so the shapes below are pinkit's reading of v3 (the
// simulator serves them): user metrics by day with a summary, ads metrics as rows of columns, as
// v5 later kept them.

/** One day of the user metrics. */
export interface V3DailyMetrics {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `READY`, or `PROCESSING` for a day whose numbers are not final (then `metrics` may be missing). */
  data_status?: string;
  metrics?: Readonly<Record<string, number>>;
}

/** `GET /v3/partners/analytics/users/{user}/metrics/`: each day of the range and the range's summary. */
export interface V3UserMetrics {
  daily_metrics: V3DailyMetrics[];
  /** Sums, or means for rates, over the range. */
  summary_metrics?: Readonly<Record<string, number>>;
}

/**
 * A row of the ads v4 delivery metrics: the entity's id column (`ADVERTISER_ID`, `CAMPAIGN_ID`,
 * `AD_GROUP_ID`, `AD_ID`), `DATE` unless the granularity is TOTAL (`HOUR` beside it by HOUR), and
 * each requested column.
 */
export type V4DeliveryMetricsRow = Readonly<Record<string, string | number>>;

/** An item of `GET /ads/v3/resources/delivery_metrics/` (`data.metrics`). */
export interface V3DeliveryMetric {
  name: string;
  definition: string;
}

/** What requesting an asynchronous report answers: the token to poll with. */
export interface V3ReportToken {
  token: string;
  report_status?: string;
}

/** A report's state; once FINISHED, `url` is where its file is (no token needed there). */
export interface V3ReportState {
  report_status: string;
  url?: string | null;
  size?: number | null;
}
