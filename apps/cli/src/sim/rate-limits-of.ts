import { InputError } from '../output/describe-error.js';

/**
 * `--rate-limit` values as the simulator's `rateLimits`: `off` alone lifts every limit; each
 * `CATEGORY=N/min` (or `N/s`) changes one category, which the simulator checks.
 */
export function rateLimitsOf(values: unknown): false | Record<string, string> | undefined {
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const texts = values.map(String);
  if (texts.includes('off')) {
    if (texts.length > 1) throw new InputError('--rate-limit off lifts every limit; give it alone.');
    return false;
  }
  const limits: Record<string, string> = {};
  for (const text of texts) {
    const match = /^([a-z_]+)=(.+)$/.exec(text.trim());
    if (!match) throw new InputError(`Invalid value for --rate-limit: expected CATEGORY=N/min, CATEGORY=N/s or off (got ${text}).`);
    limits[match[1] as string] = match[2] as string;
  }
  return limits;
}
