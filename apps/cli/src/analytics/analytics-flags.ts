import type { AnalyticsRequest } from '@pinkit/account/analytics';
import { InputError } from '../output/describe-error.js';

const DAY_MS = 86_400_000;

/** The quickstart's default: the last 30 days, today (UTC) included. */
export function defaultRange(now = Date.now()): { startDate: string; endDate: string } {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return { startDate: isoDay(today - 30 * DAY_MS), endDate: isoDay(today) };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `A, b ,C` -> `['A', 'B', 'C']`: enumeration values are upper case in the API. */
export function listFlag(value: string, flag: string): string[] {
  const values = value.split(',').map((item) => item.trim().toUpperCase());
  if (values.some((item) => item === ''))
    throw new InputError(`Invalid ${flag}: "${value}" has an empty item; separate values with commas.`);
  return values;
}

/** The attributes of the API and the flags that set them, for messages in the user's words. */
export type FlagNames = Readonly<Record<string, string>>;

interface AttributeError extends Error {
  attribute: string;
}

function isAttributeError(error: unknown): error is AttributeError {
  return error instanceof Error && typeof (error as Partial<AttributeError>).attribute === 'string';
}

/**
 * Runs the version's own check of an analytics request (`@pinkit/account/analytics`, loaded here)
 * before any request, and turns a refusal into one InputError line naming the flag (exit 2).
 */
export async function checkWithFlags(flags: FlagNames, version: 5 | 3, request: AnalyticsRequest): Promise<void> {
  const { checkAnalyticsRequest } = await import('@pinkit/account/analytics');
  try {
    await checkAnalyticsRequest(version, request);
  } catch (error) {
    if (!isAttributeError(error)) throw error;
    const flag = flags[error.attribute] ?? error.attribute;
    let message = error.message;
    for (const [attribute, name] of Object.entries(flags)) message = message.replaceAll(attribute, name);
    const detail = message.startsWith(flag) ? message.slice(flag.length).replace(/^:?\s*/, '') : message;
    throw new InputError(`Invalid ${flag}: ${detail}`);
  }
}
