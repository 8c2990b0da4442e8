import { argumentsOf } from '@pinkit/arguments';
import type { AdsAnalyticsLevel, AdsReportRequest, AnalyticsRange, ApiVersion } from './account.js';
import { ADS_LEVELS, checkId, checkNames, checkRange, checkWord } from './account-checks.js';

const check = argumentsOf('checkAnalyticsRequest');

/** The request's shape and types; what the version documents (metric names, dates in order) its own checks say. */
function checkRequestShape(version: unknown, value: unknown): void {
  check.oneOf(version, 'version', [5, 3]);
  const request = check.object(value, 'request');
  const kind = check.oneOf(request.kind, 'request.kind', ['user', 'pin', 'ads', 'report']);
  if (kind === 'report') {
    const report = checkRange(check, request.request, 'request.request');
    for (const word of ['granularity', 'level', 'format'] as const) checkWord(check, report[word], `request.request.${word}`);
    checkNames(check, report.columns, 'request.request.columns');
    return;
  }
  checkRange(check, request.range, 'request.range');
  if (kind !== 'ads') return checkNames(check, request.metrics, 'request.metrics');
  check.oneOf(request.level, 'request.level', ADS_LEVELS);
  checkWord(check, request.granularity, 'request.granularity');
  checkNames(check, request.columns, 'request.columns');
  checkId(check, request.id, 'request.id');
}

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
  checkRequestShape(version, request);
  if (version === 3) {
    const { checkV3AnalyticsRequest } = await import('./v3/v3-analytics-checks.js');
    checkV3AnalyticsRequest(request);
    return;
  }
  const { checkV5AnalyticsRequest } = await import('./v5/v5-analytics-checks.js');
  checkV5AnalyticsRequest(request);
}
