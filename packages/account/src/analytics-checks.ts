import type { AdsAnalyticsLevel, AdsReportRequest, AnalyticsRange, ApiVersion } from './account.js';

/** An analytics read or report as a front-end is about to ask for it, to check before any request. */
export type AnalyticsRequest =
  | { kind: 'user'; range: AnalyticsRange; metrics: readonly string[] }
  | { kind: 'pin'; range: AnalyticsRange; metrics: readonly string[] }
  | {
      kind: 'ads';
      level: AdsAnalyticsLevel;
      range: AnalyticsRange;
      granularity: string;
      columns: readonly string[];
      /** The id of the object at `level` (a placeholder when it is still to be chosen). */
      id: string;
    }
  | { kind: 'report'; request: AdsReportRequest };

/**
 * Checks `request` against what `version` documents (real dates in order, known metrics and
 * enumerations), throwing the client's named attribute error (`UnknownValueError`, `DateRangeError`,
 * ... with the `attribute` it is about) before anything is sent. The version's checks load here.
 */
export async function checkAnalyticsRequest(version: ApiVersion, request: AnalyticsRequest): Promise<void> {
  if (version === 3) {
    const { checkV3AnalyticsRequest } = await import('./v3/v3-analytics-checks.js');
    checkV3AnalyticsRequest(request);
    return;
  }
  const { checkV5AnalyticsRequest } = await import('./v5/v5-analytics-checks.js');
  checkV5AnalyticsRequest(request);
}
