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
 * Every point name of the axis: each day (or hour) from the first to the last, where the range
 * (when given) widens the ends, so a day the server left out becomes a gap rather than vanishing.
 * Steps that cannot be filled (weeks and months, whose first period is clipped to the range) keep
 * the names that came, sorted.
 */
export function seriesAxis(seen: Iterable<string>, step: SeriesStep, range: { startDate?: string; endDate?: string } = {}): string[] {
  const keys = [...new Set(seen)].sort();
  if (step === 'NONE') return keys;
  const pattern = step === 'DAY' ? DAY : HOUR;
  if (keys.some((key) => !pattern.test(key))) return keys;
  const unit = step === 'DAY' ? DAY_MS : HOUR_MS;
  const starts = [...keys.map((key) => toMs(key, step)), ...(range.startDate ? [Date.parse(`${range.startDate}T00:00:00Z`)] : [])];
  // The last hour of the end day, for hourly series.
  const endOfRange = range.endDate ? [Date.parse(`${range.endDate}T00:00:00Z`) + (step === 'DAY' ? 0 : DAY_MS - HOUR_MS)] : [];
  const ends = [...keys.map((key) => toMs(key, step)), ...endOfRange];
  if (starts.some(Number.isNaN) || ends.some(Number.isNaN) || starts.length === 0) return keys;
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const axis: string[] = [];
  for (let ms = first; ms <= last; ms += unit) axis.push(iso(ms, step));
  return axis;
}

/** The step of points whose granularity the caller did not say: hours, else days (user and Pin analytics are daily). */
export function inferStep(keys: readonly string[]): SeriesStep {
  if (keys.length > 0 && keys.every((key) => HOUR.test(key))) return 'HOUR';
  return keys.every((key) => DAY.test(key)) ? 'DAY' : 'NONE';
}
