import { isHttpUrl } from './core/body-fields.js';
import type { ReportOutcome } from './analytics/report-records.js';
import { applyKnobs, defaultKnobs, type ConsentUser, type Knobs } from './core/knobs.js';
import type { RateLimitSetting } from './core/rate-limit-rules.js';
import { describeValue, isPlainObject } from './core/option-checks.js';
import { SimulatorOptionsError } from './simulator-options-error.js';

export interface SimulatorOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Loopback address to listen on (default `127.0.0.1`); anything else is refused. */
  host?: string;
  /** Delay in milliseconds before every response (default 0). */
  latencyMs?: number;
  /**
   * Pinterest's rate limits per user per app, on by default at the documented Standard-access
   * quotas (`org_write` 100 a minute, `org_read` 1000, ..., `universal` 100 a second). A record
   * changes categories (`{ org_write: '10/min', org_read: null }`; numbers are per minute, null
   * lifts one); `false` lifts them all. Over a limit: 429 code 8 with Retry-After.
   */
  rateLimits?: boolean | Record<string, RateLimitSetting>;
  /** Shorthand for the `org_write` limit in writes per second, with a one-second bucket; applied after `rateLimits`. */
  writeRate?: number;
  /** Share (0..1) of requests that fail with a 5xx, a dropped connection or a lost response (default 0). */
  faultRate?: number;
  /** Boards seeded for the demo user (default 4). */
  boards?: number;
  /** Items per seeded board (default 8). */
  pinsPerBoard?: number;
  /** Makes data, ids, tokens and fault choices deterministic (default 1). */
  seed?: number;
  /** Pin links on these domains (or their subdomains) are refused as spam. */
  spamDomains?: string[];
  /** The consent page approves at once with a 302 carrying a code, for headless runs (default false). */
  autoApprove?: boolean;
  /** Who signs in on the consent page: 0 the demo user (default), 1 the empty user. */
  consentUser?: ConsentUser;
  /** The app's registered redirect URIs, matched exactly (default: any http(s) URI on localhost, 127.0.0.1 or [::1]). */
  redirectUris?: string[];
  /** Lifetime of access tokens, seeded ones included (default 2592000: 30 days). */
  accessTokenTtlSeconds?: number;
  /** Lifetime of refresh tokens, seeded ones included (default 5184000: 60 days, renewed by every refresh). */
  refreshTokenTtlSeconds?: number;
  /** How asynchronous reports end after one IN_PROGRESS poll: FINISHED (default), FAILED, EXPIRED or CANCELLED. */
  reportOutcome?: ReportOutcome;
  /** Trial access: 1,000 requests a day per app, and every write refused with code 29 pointing at the API sandbox. */
  trialAccess?: boolean;
  /** The clock (epoch ms) that token and code lifetimes run on (default Date.now); lets tests expire tokens without waiting. */
  now?: () => number;
}

export interface ResolvedOptions {
  port: number;
  host: string;
  boards: number;
  pinsPerBoard: number;
  seed: number;
  knobs: Knobs;
  redirectUris: readonly string[] | null;
  now: () => number;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/;

export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  if (!isPlainObject(options)) {
    throw new SimulatorOptionsError('options', options, `startSimulator: options must be an object, not ${describeValue(options)}.`);
  }
  // `=== undefined`, not `??`: null is no way to say "the default" and is refused.
  const port = options.port === undefined ? 0 : options.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SimulatorOptionsError(
      'port',
      port,
      `port must be an integer from 0 to 65535 (0 picks a free port), not ${describeValue(port)}.`,
    );
  }
  const host = options.host === undefined ? '127.0.0.1' : options.host;
  if (typeof host !== 'string' || !LOOPBACK.test(host)) {
    throw new SimulatorOptionsError(
      'host',
      host,
      `host must be a loopback address such as 127.0.0.1 (the simulator listens nowhere else), not ${describeValue(host)}.`,
    );
  }
  const knobs = defaultKnobs();
  applyKnobs(knobs, {
    ...(options.latencyMs !== undefined && { latencyMs: options.latencyMs }),
    ...(options.rateLimits !== undefined && { rateLimits: options.rateLimits }),
    ...(options.writeRate !== undefined && { writeRate: options.writeRate }),
    ...(options.faultRate !== undefined && { faultRate: options.faultRate }),
    ...(options.spamDomains !== undefined && { spamDomains: options.spamDomains }),
    ...(options.autoApprove !== undefined && { autoApprove: options.autoApprove }),
    ...(options.consentUser !== undefined && { consentUser: options.consentUser }),
    ...(options.accessTokenTtlSeconds !== undefined && { accessTokenTtlSeconds: options.accessTokenTtlSeconds }),
    ...(options.refreshTokenTtlSeconds !== undefined && { refreshTokenTtlSeconds: options.refreshTokenTtlSeconds }),
    ...(options.reportOutcome !== undefined && { reportOutcome: options.reportOutcome }),
    ...(options.trialAccess !== undefined && { trialAccess: options.trialAccess }),
  });
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw new SimulatorOptionsError('now', options.now, 'now must be a function returning epoch milliseconds, like Date.now.');
  }
  return {
    port,
    host: host === '[::1]' ? '::1' : host,
    boards: count('boards', options.boards === undefined ? 4 : options.boards),
    pinsPerBoard: count('pinsPerBoard', options.pinsPerBoard === undefined ? 8 : options.pinsPerBoard),
    seed: seedOf(options.seed === undefined ? 1 : options.seed),
    knobs,
    redirectUris: options.redirectUris === undefined ? null : redirectUrisOf(options.redirectUris),
    now: options.now ?? Date.now,
  };
}

function redirectUrisOf(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.some((uri) => typeof uri !== 'string' || !isHttpUrl(uri))) {
    throw new SimulatorOptionsError(
      'redirectUris',
      value,
      'redirectUris must be a non-empty list of http(s) URLs such as ["http://localhost:8085/"].',
    );
  }
  return [...(value as string[])];
}

function count(option: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 1_000_000) {
    throw new SimulatorOptionsError(option, value, `${option} must be a whole number from 0 to 1000000, not ${describeValue(value)}.`);
  }
  return value;
}

function seedOf(value: number): number {
  if (!Number.isSafeInteger(value)) {
    throw new SimulatorOptionsError('seed', value, `seed must be an integer, not ${describeValue(value)}.`);
  }
  return value;
}
