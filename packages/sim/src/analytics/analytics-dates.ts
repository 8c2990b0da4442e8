import { failures } from '../core/pinterest-failure.js';

export const DAY_MS = 86_400_000;

/** How far back `start_date` may reach from today (UTC) and how long a range may be, in days. */
export interface DateLimits {
  back: number;
  /** null: the description states no maximum range. */
  range: number | null;
}

export interface DateRange {
  /** Epoch ms of the first and last day, at 00:00 UTC. */
  start: number;
  end: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` that is a real calendar day (not `2026-02-30`), as epoch ms; a 400 otherwise. */
export function parseDay(name: string, value: unknown): number {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(ms) || isoDay(ms) !== value) {
    throw failures.invalidParameters(
      `Invalid parameters: '${name}' must be a date in the format YYYY-MM-DD, got '${String(value ?? '')}'.`,
    );
  }
  return ms;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** 00:00 UTC of the day `now` falls on. */
export function startOfDay(now: number): number {
  return Math.floor(now / DAY_MS) * DAY_MS;
}

/**
 * Reads `start_date`/`end_date` and enforces the limits the description states for the
 * operation (https://developers.pinterest.com/docs/api/v5/ad_account-analytics and the others):
 * start no later than end, start at most `back` days before today, the range at most `range` days.
 */
export function readDateRange(start: unknown, end: unknown, now: number, limits: DateLimits): DateRange {
  const range = { start: parseDay('start_date', start), end: parseDay('end_date', end) };
  if (range.start > range.end) throw failures.invalidParameters('Invalid parameters: start_date must be on or before end_date.');
  const earliest = startOfDay(now) - limits.back * DAY_MS;
  if (range.start < earliest) {
    throw failures.invalidParameters(
      `Invalid parameters: start_date cannot be more than ${limits.back} days back from today (earliest ${isoDay(earliest)}).`,
    );
  }
  if (limits.range !== null && (range.end - range.start) / DAY_MS > limits.range) {
    throw failures.invalidParameters(`Invalid parameters: end_date cannot be more than ${limits.range} days past start_date.`);
  }
  return range;
}

/** Every day of the range, as `YYYY-MM-DD`. */
export function daysOf(range: DateRange): string[] {
  const days: string[] = [];
  for (let day = range.start; day <= range.end; day += DAY_MS) days.push(isoDay(day));
  return days;
}
