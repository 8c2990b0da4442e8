import type { SimStore } from '../sim-store.js';
import type { AdAccountRecord } from '../ads/ad-records.js';
import { columnValue } from './ads-analytics-rows.js';
import { entitiesOf } from './ads-entities.js';
import type { ReportRecord } from './report-records.js';
import { timeBuckets } from './time-buckets.js';

type Row = Record<string, string | number>;

/**
 * The file a finished report points to. JSON is keyed by entity id (BY_ID) or by date (BY_DATE),
 * each key holding its rows; CSV is a header line and one line per row. As the description says
 * of both formats, rows whose columns are all 0 are left out.
 */
export function renderReport(store: SimStore, account: AdAccountRecord, report: ReportRecord): { data: string; contentType: string } {
  const buckets = timeBuckets(report.granularity, report.range);
  const rows: Array<{ entity: string; row: Row }> = [];
  for (const entity of entitiesOf(store, account, report.level, report.filter)) {
    for (const bucket of buckets) {
      const row: Row = {};
      if (bucket.date !== null) row['DATE'] = bucket.date;
      if (bucket.hour !== undefined) row['HOUR'] = bucket.hour;
      for (const column of report.columns) {
        const value = columnValue(entity, bucket, column);
        if (value !== undefined) row[column] = value;
      }
      const measured = report.columns.filter((column) => typeof row[column] === 'number');
      if (measured.length > 0 && measured.every((column) => row[column] === 0)) continue;
      rows.push({ entity: entity.id, row });
    }
  }
  if (report.format === 'CSV')
    return {
      data: toCsv(
        report,
        rows.map(({ row }) => row),
      ),
      contentType: 'text/csv; charset=utf-8',
    };
  const keyed: Record<string, Row[]> = {};
  for (const { entity, row } of rows) {
    const key = report.primarySort === 'BY_DATE' ? String(row['DATE'] ?? 'TOTAL') : entity;
    (keyed[key] ??= []).push(row);
  }
  return { data: JSON.stringify(keyed), contentType: 'application/json' };
}

function toCsv(report: ReportRecord, rows: readonly Row[]): string {
  const header = [
    ...(report.granularity === 'TOTAL' ? [] : ['DATE']),
    ...(report.granularity === 'HOUR' ? ['HOUR'] : []),
    ...report.columns,
  ];
  // Every metric has a value; what can be missing is an attribute the level lacks (AD_ID of a campaign).
  const lines = rows.map((row) => header.map((column) => csvField(row[column] ?? '')).join(','));
  return [header.join(','), ...lines].join('\n') + '\n';
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
