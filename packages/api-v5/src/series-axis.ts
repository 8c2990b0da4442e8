const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HOUR = /^\d{4}-\d{2}-\d{2}T\d{2}:00$/;

/** How far apart the points of a series are: the API's granularity, as far as it can be filled. */
export type SeriesStep = 'DAY' | 'HOUR' | 'NONE';

/** `YYYY-MM-DD` of a DATE and an HOUR (0-23) as one sortable point name: `2026-03-01T07:00`. */
export function hourKey(date: string, hour: number): string {
  return `${date}T${String(hour).padStart(2, '0')}:00`;
}

function iso(ms: number, step: 'DAY' | 'HOUR'): string {
  const text = new Date(ms).toISOString();
  return step === 'DAY' ? text.slice(0, 10) : `${text.slice(0, 13)}:00`;
}

function toMs(key: string, step: 'DAY' | 'HOUR'): number {
  return Date.parse(step === 'DAY' ? `${key}T00:00:00Z` : `${key}:00Z`);
}

/**
 * Most points one series holds: 27 years of days, 416 days of hours. Each point is a row of the
 * table and a dot of the chart; an answer spanning 0001-01-01 to 9999-12-31 must not become
 * millions of them.
 */
export const MAX_SERIES_POINTS = 10_000;

const dayOf = (key: string) => key.slice(0, 10);

/** Whether a key's day lies in the range; keys that name no day (`TOTAL`) are never outside it. */
function inRange(key: string, range: { startDate?: string; endDate?: string }): boolean {
  if (!DAY.test(dayOf(key))) return true;
  return (range.startDate === undefined || dayOf(key) >= range.startDate) && (range.endDate === undefined || dayOf(key) <= range.endDate);
}

/**
 * Every point name of the axis: each day (or hour) of the range asked for, so a day the server
 * left out becomes a gap rather than vanishing, and a day it answered outside the range (a hostile
 * or broken answer) is not drawn at all. Without a range the answered days set the ends. Steps
 * that cannot be filled (weeks and months, whose first period is clipped to the range) keep the
 * names that came, sorted. Never more than MAX_SERIES_POINTS: the latest are kept.
 */
export function seriesAxis(seen: Iterable<string>, step: SeriesStep, range: { startDate?: string; endDate?: string } = {}): string[] {
  const keys = [...new Set(seen)].sort();
  if (step === 'NONE') return keys.filter((key) => inRange(key, range)).slice(-MAX_SERIES_POINTS);
  const pattern = step === 'DAY' ? DAY : HOUR;
  const unit = step === 'DAY' ? DAY_MS : HOUR_MS;
  // Sorted ISO names of one pattern are in time order, so the ends are the first and last, read
  // without spreading every key into Math.min (which overflows the stack past ~150,000).
  const answered = keys.filter((key) => pattern.test(key));
  const start = range.startDate === undefined ? Number.NaN : Date.parse(`${range.startDate}T00:00:00Z`);
  // The last hour of the end day, for hourly series.
  const end = range.endDate === undefined ? Number.NaN : Date.parse(`${range.endDate}T00:00:00Z`) + (step === 'DAY' ? 0 : DAY_MS - HOUR_MS);
  const first = Number.isNaN(start) ? toMs(answered[0] ?? '', step) : start;
  const last = Number.isNaN(end) ? toMs(answered.at(-1) ?? '', step) : end;
  if (Number.isNaN(first) || Number.isNaN(last) || last < first) return [];
  const from = Math.max(first, last - (MAX_SERIES_POINTS - 1) * unit);
  const axis: string[] = [];
  for (let ms = from; ms <= last; ms += unit) axis.push(iso(ms, step));
  return axis;
}

/** The step of points whose granularity the caller did not say: hours, else days (user and Pin analytics are daily). */
export function inferStep(keys: readonly string[]): SeriesStep {
  if (keys.length > 0 && keys.every((key) => HOUR.test(key))) return 'HOUR';
  return keys.every((key) => DAY.test(key)) ? 'DAY' : 'NONE';
}
