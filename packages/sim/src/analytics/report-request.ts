import { GRANULARITIES, REPORT_COLUMNS, REPORT_FORMATS, REPORT_LEVELS, type Granularity } from '@pinkit/api-v5/analytics-values';
import { failures } from '../core/pinterest-failure.js';
import { readDateRange, type DateLimits, type DateRange } from './analytics-dates.js';
import { checkEnum } from './analytics-query.js';
import type { AdsLevel, EntityFilter } from './ads-entities.js';
import type { ReportRecord } from './report-records.js';

const SERVED_LEVELS: readonly AdsLevel[] = ['ADVERTISER', 'CAMPAIGN', 'AD_GROUP', 'PIN_PROMOTION'];

// https://developers.pinterest.com/docs/api/v5/analytics-create_report: not by HOUR, 914 days back
// and at most 186 days; by HOUR, 8 days back and at most 3 days; PRODUCT_ITEM, 92 days back and 31.
export function reportDateLimits(granularity: Granularity, level: string): DateLimits {
  if (granularity === 'HOUR') return { back: 8, range: 3 };
  if (level === 'PRODUCT_ITEM') return { back: 92, range: 31 };
  return { back: 914, range: 186 };
}

export type ReportRequest = Pick<ReportRecord, 'level' | 'granularity' | 'range' | 'columns' | 'filter' | 'format' | 'primarySort'>;

/** Reads and checks the JSON body of a report request; a 400 names the first bad field. */
export function readReportRequest(body: Record<string, unknown>, now: number): ReportRequest {
  const granularity = checkEnum('granularity', body['granularity'], GRANULARITIES);
  const level = checkEnum('level', body['level'], REPORT_LEVELS);
  const range: DateRange = readDateRange(body['start_date'], body['end_date'], now, reportDateLimits(granularity, level));
  const columns = body['columns'];
  if (!Array.isArray(columns) || columns.length === 0) throw failures.invalidParameters("Invalid parameters: 'columns' is required.");
  for (const column of columns) checkEnum('columns', column, REPORT_COLUMNS);
  const format = body['report_format'] === undefined ? 'JSON' : checkEnum('report_format', body['report_format'], REPORT_FORMATS);
  const primarySort = body['primary_sort'] === undefined ? 'BY_ID' : checkEnum('primary_sort', body['primary_sort'], ['BY_ID', 'BY_DATE']);
  // Targeting, keyword and product levels need data the simulator does not model.
  if (!(SERVED_LEVELS as readonly string[]).includes(level)) {
    throw failures.invalidParameters(`Invalid parameters: the simulator serves the levels ${SERVED_LEVELS.join(', ')}; got '${level}'.`);
  }
  return { level: level as AdsLevel, granularity, range, columns: columns as string[], filter: filterOf(body), format, primarySort };
}

function filterOf(body: Record<string, unknown>): EntityFilter {
  const ids = (name: string): string[] | undefined => {
    const value = body[name];
    if (value === undefined) return undefined;
    if (
      !Array.isArray(value) ||
      value.length < 1 ||
      value.length > 500 ||
      value.some((id) => typeof id !== 'string' || !/^\d+$/.test(id))
    ) {
      throw failures.invalidParameters(`Invalid parameters: '${name}' must be a list of 1 to 500 numeric ids.`);
    }
    return value as string[];
  };
  const campaignIds = ids('campaign_ids');
  const adGroupIds = ids('ad_group_ids');
  const adIds = ids('ad_ids');
  return { ...(campaignIds && { campaignIds }), ...(adGroupIds && { adGroupIds }), ...(adIds && { adIds }) };
}
