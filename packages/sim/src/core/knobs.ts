import type { ReportOutcome } from '../analytics/report-records.js';
import { DEFAULT_ACCESS_TOKEN_TTL_SECONDS, DEFAULT_REFRESH_TOKEN_TTL_SECONDS } from '../oauth/token-lifetimes.js';
import { SimulatorOptionsError } from '../simulator-options-error.js';
import { checkWords, describeValue, isPlainObject } from './option-checks.js';
import { applyRateLimitSettings, documentedRateLimits, type RateLimitRules, type RateLimitSetting } from './rate-limit-rules.js';

/** Which seeded user signs in on the consent page: 0 the demo user, 1 the empty one. */
export type ConsentUser = 0 | 1;

/** The behaviour a running simulator lets tests change: `configure()` edits the live object. */
export interface Knobs {
  latencyMs: number;
  /** Rate limits by category (and `universal`) per user per app; a category not here is unlimited. */
  rateLimits: RateLimitRules;
  faultRate: number;
  /** Lower-case host names; a link on one of them or a subdomain is spam. */
  spamDomains: readonly string[];
  autoApprove: boolean;
  consentUser: ConsentUser;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** How asynchronous reports end after their IN_PROGRESS poll. */
  reportOutcome: ReportOutcome;
  /** Apps have Trial access: 1,000 requests a day and no writes (code 29, pointing at the sandbox). */
  trialAccess: boolean;
}

export interface KnobSettings {
  latencyMs?: number;
  /**
   * Shorthand for the `org_write` limit in writes per second (a bucket of one second's writes),
   * applied after `rateLimits`; `undefined` given explicitly lifts the `org_write` limit.
   */
  writeRate?: number;
  /**
   * Limits by rate-limit category (`org_write`, `ads_read`, ... and `universal`), merged over the
   * current ones: requests a minute (`100` or `'100/min'`), a second (`'5/s'`), or `null` for none.
   * `false` lifts every limit; `true` restores Pinterest's documented Standard-access ones.
   */
  rateLimits?: boolean | Readonly<Record<string, RateLimitSetting>>;
  faultRate?: number;
  spamDomains?: string[];
  /** The consent page approves at once (302 with a code) instead of showing Allow/Deny. */
  autoApprove?: boolean;
  /** The user who consents: 0 the demo user (default), 1 the empty one. */
  consentUser?: ConsentUser;
  /** Lifetime of access tokens minted from now on. */
  accessTokenTtlSeconds?: number;
  /** Lifetime of refresh tokens minted from now on. */
  refreshTokenTtlSeconds?: number;
  /** How reports end, applied at their next poll: FINISHED (default), FAILED, EXPIRED or CANCELLED. */
  reportOutcome?: ReportOutcome;
  /** Trial access: 1,000 requests a day per app, and every write refused with code 29. */
  trialAccess?: boolean;
}

export function defaultKnobs(): Knobs {
  return {
    latencyMs: 0,
    rateLimits: documentedRateLimits(),
    faultRate: 0,
    spamDomains: [],
    autoApprove: false,
    consentUser: 0,
    accessTokenTtlSeconds: DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: DEFAULT_REFRESH_TOKEN_TTL_SECONDS,
    reportOutcome: 'FINISHED',
    trialAccess: false,
  };
}

/** Validates every given setting first, so a bad one leaves the knobs untouched. */
export function applyKnobs(knobs: Knobs, settings: KnobSettings): void {
  if (!isPlainObject(settings)) {
    throw new SimulatorOptionsError('knobs', settings, `configure: knobs must be an object of settings, not ${describeValue(settings)}.`);
  }
  const next: Knobs = { ...knobs };
  if (settings.latencyMs !== undefined) next.latencyMs = checkLatency(settings.latencyMs);
  if (settings.rateLimits !== undefined) next.rateLimits = applyRateLimitSettings(next.rateLimits, settings.rateLimits);
  // An explicit `writeRate: undefined` switches the org_write limit off.
  if ('writeRate' in settings) {
    const { org_write: _replaced, ...others } = next.rateLimits;
    const rate = checkWriteRate(settings.writeRate);
    next.rateLimits = rate === Infinity ? others : { ...others, org_write: { limit: rate, windowSeconds: 1 } };
  }
  if (settings.faultRate !== undefined) next.faultRate = checkFaultRate(settings.faultRate);
  if (settings.spamDomains !== undefined) next.spamDomains = checkSpamDomains(settings.spamDomains);
  if (settings.autoApprove !== undefined) next.autoApprove = checkBoolean('autoApprove', settings.autoApprove);
  if (settings.consentUser !== undefined) next.consentUser = checkConsentUser(settings.consentUser);
  if (settings.accessTokenTtlSeconds !== undefined)
    next.accessTokenTtlSeconds = checkTtl('accessTokenTtlSeconds', settings.accessTokenTtlSeconds);
  if (settings.refreshTokenTtlSeconds !== undefined)
    next.refreshTokenTtlSeconds = checkTtl('refreshTokenTtlSeconds', settings.refreshTokenTtlSeconds);
  if (settings.reportOutcome !== undefined) next.reportOutcome = checkReportOutcome(settings.reportOutcome);
  if (settings.trialAccess !== undefined) next.trialAccess = checkBoolean('trialAccess', settings.trialAccess);
  Object.assign(knobs, next);
}

/** Ten minutes: longer than any client waits for an answer. */
const MAX_LATENCY_MS = 600_000;

function checkLatency(value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_LATENCY_MS) {
    throw new SimulatorOptionsError(
      'latencyMs',
      value,
      `latencyMs must be a number of milliseconds from 0 to ${MAX_LATENCY_MS}, not ${describeValue(value)}.`,
    );
  }
  return value;
}

function checkWriteRate(value: number | undefined): number {
  if (value === undefined || value === Infinity) return Infinity;
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0 || value > 1_000_000) {
    throw new SimulatorOptionsError(
      'writeRate',
      value,
      `writeRate must be a number of writes per second above 0, at most 1000000 (leave it out for no limit), not ${describeValue(value)}.`,
    );
  }
  return value;
}

function checkFaultRate(value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new SimulatorOptionsError(
      'faultRate',
      value,
      `faultRate must be between 0 and 1 (a share of requests), not ${describeValue(value)}.`,
    );
  }
  return value;
}

function checkSpamDomains(value: unknown): string[] {
  if (!Array.isArray(value) || value.some((domain) => typeof domain !== 'string' || domain.trim() === '')) {
    throw new SimulatorOptionsError('spamDomains', value, 'spamDomains must be a list of host names such as ["spam.example"].');
  }
  return checkWords('configure', 'spamDomains', value).map((domain: string) => domain.trim().toLowerCase().replace(/^\.+/, ''));
}

function checkBoolean(option: string, value: unknown): boolean {
  if (typeof value !== 'boolean')
    throw new SimulatorOptionsError(option, value, `${option} must be true or false, not ${describeValue(value)}.`);
  return value;
}

function checkConsentUser(value: unknown): ConsentUser {
  if (value !== 0 && value !== 1) {
    throw new SimulatorOptionsError(
      'consentUser',
      value,
      `consentUser must be 0 (the demo user) or 1 (the empty user), not ${describeValue(value)}.`,
    );
  }
  return value;
}

// Whole seconds, because token answers carry `expires_in` as an integer.
function checkTtl(option: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new SimulatorOptionsError(option, value, `${option} must be a whole number of seconds >= 1, not ${describeValue(value)}.`);
  }
  return value;
}

const REPORT_OUTCOMES: readonly ReportOutcome[] = ['FINISHED', 'FAILED', 'EXPIRED', 'CANCELLED'];

function checkReportOutcome(value: unknown): ReportOutcome {
  if (!REPORT_OUTCOMES.includes(value as ReportOutcome)) {
    throw new SimulatorOptionsError(
      'reportOutcome',
      value,
      `reportOutcome must be one of ${REPORT_OUTCOMES.join(', ')}, not ${describeValue(value)}.`,
    );
  }
  return value as ReportOutcome;
}
