import { AnalyticsAttributeError, DateRangeError, InvalidDateError, MissingAttributeError, UnknownValueError } from '@pinkit/analytics';
import type { DateLimits } from './analytics-date-limits.js';

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` that names a real day (`2026-02-30` does not), as epoch ms at 00:00 UTC. */
export function parseDay(attribute: string, value: unknown): number {
  if (value === undefined || value === '') throw new MissingAttributeError(attribute);
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) throw new InvalidDateError(attribute, value);
  return ms;
}

/** The UTC day of an epoch ms time, as `YYYY-MM-DD`. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Both dates real days, start <= end, start within `limits.back` days of today, the range within `limits.range`. */
export function checkDateRange(start: unknown, end: unknown, limits: DateLimits, now: number): void {
  const first = parseDay('start_date', start);
  const last = parseDay('end_date', end);
  if (first > last) throw new DateRangeError('start_date', start, `start_date ${String(start)} is after end_date ${String(end)}.`);
  const earliest = Math.floor(now / DAY_MS) * DAY_MS - limits.back * DAY_MS;
  if (first < earliest) {
    throw new DateRangeError(
      'start_date',
      start,
      `start_date ${String(start)} is more than ${limits.back} days back from today; the earliest is ${isoDay(earliest)}.`,
    );
  }
  const days = (last - first) / DAY_MS;
  if (limits.range !== null && days > limits.range) {
    throw new DateRangeError(
      'end_date',
      end,
      `end_date ${String(end)} is ${days} days past start_date; at most ${limits.range} are allowed.`,
    );
  }
}

/** One value of an enumeration; `undefined` passes unless `required`. */
export function checkValue<T extends string | number>(attribute: string, value: unknown, allowed: readonly T[], required = false): void {
  if (value === undefined) {
    if (required) throw new MissingAttributeError(attribute);
    return;
  }
  if (!(allowed as readonly unknown[]).includes(value)) throw new UnknownValueError(attribute, value, allowed);
}

/** A list whose every value is in the enumeration; an empty list counts as missing. */
export function checkValues(attribute: string, values: readonly unknown[] | undefined, allowed: readonly string[], required = false): void {
  if (values === undefined || values.length === 0) {
    if (required || values !== undefined) throw new MissingAttributeError(attribute);
    return;
  }
  for (const value of values) checkValue(attribute, value, allowed);
}

/** A list of numeric ids (`campaign_ids`), 1..`max` of them. */
export function checkIds(attribute: string, ids: readonly unknown[] | undefined, max: number, required = false): void {
  if (ids === undefined || ids.length === 0) {
    if (required || ids !== undefined) throw new MissingAttributeError(attribute);
    return;
  }
  if (ids.length > max) throw new AnalyticsAttributeError(attribute, ids, `${attribute} takes at most ${max} ids, got ${ids.length}.`);
  for (const id of ids) {
    if (typeof id !== 'string' || !/^\d+$/.test(id)) {
      throw new AnalyticsAttributeError(attribute, id, `${attribute}: "${String(id)}" is not a numeric id.`);
    }
  }
}
