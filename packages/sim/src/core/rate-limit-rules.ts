import { V5_RATE_LIMITS } from '@pinkit/api-v5/operations';
import { DESCRIBED_OPERATIONS as V5_OPERATIONS } from '../generated/operations.js';
import { SimulatorOptionsError } from '../simulator-options-error.js';
import { describeValue, isPlainObject } from './option-checks.js';

/** `limit` requests per `windowSeconds`: a token bucket holding `limit` that refills over the window. */
export interface RateLimitRule {
  readonly limit: number;
  readonly windowSeconds: number;
}

/** Rules by rate-limit category, plus `universal` for the per-second limit every request shares; absent means unlimited. */
export type RateLimitRules = Readonly<Record<string, RateLimitRule>>;

/**
 * One category's setting: requests a minute as a number, `'N/min'` or `'N/s'` as text, or `null`
 * for no limit.
 */
export type RateLimitSetting = number | string | null;

/** The key of the universal limit, which every request spends besides its category's. */
export const UNIVERSAL = 'universal';

const KNOWN = new Set<string>([
  UNIVERSAL,
  ...Object.values(V5_OPERATIONS).flatMap((operation) => (operation.rateLimitCategory === null ? [] : [operation.rateLimitCategory])),
]);

/** Pinterest's documented Standard-access limits, the simulator's default. */
export function documentedRateLimits(): RateLimitRules {
  const rules: Record<string, RateLimitRule> = {};
  for (const [category, limit] of Object.entries(V5_RATE_LIMITS.perMinute)) rules[category] = { limit, windowSeconds: 60 };
  if (V5_RATE_LIMITS.perSecond !== undefined) rules[UNIVERSAL] = { limit: V5_RATE_LIMITS.perSecond, windowSeconds: 1 };
  return rules;
}

/**
 * The rules after `settings`: `false` none, `true` the documented ones again, a record merged
 * over `current` (each value checked; a bad one throws before anything changes).
 */
export function applyRateLimitSettings(
  current: RateLimitRules,
  settings: boolean | Readonly<Record<string, RateLimitSetting>>,
): RateLimitRules {
  if (settings === false) return {};
  if (settings === true) return documentedRateLimits();
  if (!isPlainObject(settings)) {
    throw new SimulatorOptionsError('rateLimits', settings, 'rateLimits must be true, false or an object such as { org_write: "10/min" }.');
  }
  const next: Record<string, RateLimitRule> = { ...current };
  for (const [category, setting] of Object.entries(settings)) {
    if (!KNOWN.has(category)) {
      throw new SimulatorOptionsError(
        'rateLimits',
        category,
        `rateLimits: ${JSON.stringify(category.slice(0, 60))} is no rate-limit category of API v5; known: ${[...KNOWN].sort().join(', ')}.`,
      );
    }
    const rule = parseRateLimitSetting(category, setting);
    if (rule === undefined) delete next[category];
    else next[category] = rule;
  }
  return next;
}

function parseRateLimitSetting(category: string, setting: RateLimitSetting): RateLimitRule | undefined {
  if (setting === null || setting === 'off') return undefined;
  const match =
    typeof setting === 'number'
      ? [String(setting), String(setting), 'min']
      : typeof setting === 'string'
        ? /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(min|s))?\s*$/.exec(setting)
        : null;
  const limit = Number(match?.[1]);
  if (!match || !Number.isFinite(limit) || limit <= 0) {
    throw new SimulatorOptionsError(
      'rateLimits',
      setting,
      `rateLimits.${category} must be a number of requests > 0 per minute ("100/min") or per second ("5/s"), ` +
        `or null for none; not ${describeValue(setting)}.`,
    );
  }
  return { limit, windowSeconds: match[2] === 's' ? 1 : 60 };
}
