import type { Granularity } from '@pinkit/api-v5/analytics-values';
import { DAY_MS, daysOf, isoDay, type DateRange } from './analytics-dates.js';

/** One row's period: its `DATE` (none for TOTAL), the days it covers, and its hour for HOUR. */
export interface TimeBucket {
  date: string | null;
  days: string[];
  hour?: number;
}

/**
 * Splits a range into the periods of a granularity. A WEEK starts on Monday and a MONTH on the 1st,
 * each clipped to the range, so its `DATE` is the first day of the period inside the range.
 */
export function timeBuckets(granularity: Granularity, range: DateRange): TimeBucket[] {
  const days = daysOf(range);
  if (granularity === 'TOTAL') return [{ date: null, days }];
  if (granularity === 'DAY') return days.map((day) => ({ date: day, days: [day] }));
  if (granularity === 'HOUR') return days.flatMap((day) => Array.from({ length: 24 }, (_, hour) => ({ date: day, days: [day], hour })));
  const buckets = new Map<string, string[]>();
  for (const day of days) {
    const key = granularity === 'WEEK' ? weekStart(day) : `${day.slice(0, 7)}-01`;
    buckets.set(key, [...(buckets.get(key) ?? []), day]);
  }
  return [...buckets.values()].map((covered) => ({ date: covered[0] ?? '', days: covered }));
}

function weekStart(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const sinceMonday = (new Date(ms).getUTCDay() + 6) % 7;
  return isoDay(ms - sinceMonday * DAY_MS);
}
