import type { ArgumentChecks } from '@pinkit/arguments';
import type { AdsAnalyticsLevel } from './account.js';

// The shapes several account methods take, checked the same way wherever they appear. Bounds are
// about size and type only: what a version accepts beyond that (its page sizes, metric names,
// dates in order) its own client checks, and an id's use in a path the path checks.

/** An id as a path segment takes it; the client's path checks come after. */
const ID = { singleLine: true, maxLength: 256 } as const;
/** A board's or a section's name. */
export const NAME = { singleLine: true, maxLength: 1_000 } as const;
/** A field of free text (a description, a title): several lines may be, NUL not; empty clears it. */
export const TEXT = { allowEmpty: true, maxLength: 10_000, pattern: { test: /^[^\u0000]*$/, says: 'without NUL characters' } } as const;
/** A link as a pin carries it: not checked as a URL, since a copied pin keeps whatever its source had. */
export const LINK = { allowEmpty: true, singleLine: true, maxLength: 2_048 } as const;
const DATE = { pattern: { test: /^\d{4}-\d{2}-\d{2}$/, says: 'a date as YYYY-MM-DD' } } as const;
/** Metric and column names: a few dozen at most are documented. */
const NAMES = { allowEmpty: false, maxLength: 1_000 } as const;

export const ADS_LEVELS: readonly AdsAnalyticsLevel[] = ['ad_account', 'campaign', 'ad_group', 'ad'];

export function checkId(check: ArgumentChecks, value: unknown, argument: string): string {
  return check.string(value, argument, ID);
}

export function checkOptionalId(check: ArgumentChecks, value: unknown, argument: string): string | undefined {
  return check.string(value, argument, { ...ID, optional: true });
}

/** `{ pageSize }`, optional as a whole; 250 is the largest page any version serves. */
export function checkPageOptions(check: ArgumentChecks, value: unknown, argument = 'options'): Record<string, unknown> | undefined {
  const options = check.object(value, argument, { optional: true });
  if (options) check.integer(options.pageSize, `${argument}.pageSize`, { optional: true, min: 1, max: 250 });
  return options;
}

/** An optional list of ids, as the ads tree filters take them. */
export function checkIdList(check: ArgumentChecks, value: unknown, argument: string): void {
  const ids = check.array(value, argument, { optional: true, maxLength: 1_000 });
  ids?.forEach((id, index) => checkId(check, id, `${argument}[${index}]`));
}

/** A non-empty list of short single-line strings: metrics, columns, terms. */
export function checkNames(check: ArgumentChecks, value: unknown, argument: string): void {
  const names = check.array(value, argument, NAMES);
  names.forEach((name, index) => check.string(name, `${argument}[${index}]`, { singleLine: true, maxLength: 200 }));
}

/** `startDate` and `endDate` of `value`, as `YYYY-MM-DD`; whether they are real days in order the version checks. */
export function checkRange(check: ArgumentChecks, value: unknown, argument: string): Record<string, unknown> {
  const range = check.object(value, argument);
  check.string(range.startDate, `${argument}.startDate`, DATE);
  check.string(range.endDate, `${argument}.endDate`, DATE);
  return range;
}

/** A short enumeration value (a granularity, a level, a format) that the version's checks name. */
export function checkWord(check: ArgumentChecks, value: unknown, argument: string): string {
  return check.string(value, argument, { singleLine: true, maxLength: 100 });
}

/** setTimeout's ceiling: a longer limit would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** `proxyEnv` (as `process.env` holds it) and `transportTimeouts`, as an account and a video download take them. */
export function checkTransportOptions(check: ArgumentChecks, options: Record<string, unknown>): void {
  const proxyEnv = check.object(options.proxyEnv, 'options.proxyEnv', { optional: true });
  for (const [name, setting] of Object.entries(proxyEnv ?? {})) {
    if (setting !== undefined && typeof setting !== 'string') check.fail(`options.proxyEnv.${name}`, 'a string', setting);
  }
  const timeouts = check.object(options.transportTimeouts, 'options.transportTimeouts', { optional: true });
  for (const phase of ['connectTimeoutMs', 'headersTimeoutMs', 'bodyTimeoutMs'] as const) {
    check.integer(timeouts?.[phase], `options.transportTimeouts.${phase}`, { optional: true, min: 1, max: MAX_TIMEOUT_MS });
  }
}
