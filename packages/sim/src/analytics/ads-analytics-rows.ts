import type { AdsEntity } from './ads-entities.js';
import { combine, metricValue } from './metric-value.js';
import type { TimeBucket } from './time-buckets.js';

// Columns that describe the entity rather than measure it. One the entity has no value for (an
// AD_ID asked of a campaign) is left out, as the description allows: "If a column has no value,
// it may not be returned".
const ATTRIBUTE_COLUMN = /_(ID|NAME|STATUS|LABELS?)$/;

/**
 * The rows of an entity, one per time bucket: its id column, `DATE` (not for TOTAL), and each
 * requested column. HOUR rows also carry `HOUR` (0-23): the description types `DATE` as a date,
 * so the hour travels beside it.
 */
export function adsAnalyticsRows(entity: AdsEntity, idColumn: string, buckets: readonly TimeBucket[], columns: readonly string[]) {
  return buckets.map((bucket) => {
    const row: Record<string, string | number> = { [idColumn]: entity.id };
    if (bucket.date !== null) row['DATE'] = bucket.date;
    if (bucket.hour !== undefined) row['HOUR'] = bucket.hour;
    for (const column of columns) {
      if (column in row) continue;
      const value = columnValue(entity, bucket, column);
      if (value !== undefined) row[column] = value;
    }
    return row;
  });
}

export function columnValue(entity: AdsEntity, bucket: TimeBucket, column: string): string | number | undefined {
  if (ATTRIBUTE_COLUMN.test(column)) return entity.attributes[column];
  if (bucket.hour !== undefined) return metricValue(`${entity.id}|${bucket.days[0] ?? ''}T${bucket.hour}`, column);
  return combine(
    column,
    bucket.days.map((day) => metricValue(`${entity.id}|${day}`, column)),
  );
}
