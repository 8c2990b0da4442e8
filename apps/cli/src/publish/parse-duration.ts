import { InputError } from '../output/describe-error.js';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `--late 24h`: a whole number of seconds, minutes, hours or days, at most a year, in milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const match = /^(\d{1,6})([smhd])$/.exec(text.trim());
  const ms = match ? Number(match[1]) * UNITS[match[2]!]! : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0 || ms > 366 * UNITS.d!) {
    throw new InputError(`${flag} takes a duration such as 30m, 24h or 2d (at most a year), not "${text}".`);
  }
  return ms;
}
