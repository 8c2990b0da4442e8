import { randomBytes } from 'node:crypto';
import {
  V3_CONVERSION_REPORT_TIMES,
  V3_DATA_SOURCES,
  V3_ENTITY_FIELDS,
  V3_REPORT_FORMATS,
  V3_REPORT_LEVELS,
  V3_TAG_VERSIONS,
} from '@pinkit/api-v3';
import { GRANULARITIES, REPORT_COLUMNS } from '@pinkit/api-v5/analytics-values';
import { ownAdAccount } from '../ads/ad-account-access.js';
import type { AdsLevel } from '../analytics/ads-entities.js';
import { readDateRange } from '../analytics/analytics-dates.js';
import { checkEnum, enumList } from '../analytics/analytics-query.js';
import { reportDateLimits } from '../analytics/report-request.js';
import { reportStatus } from '../analytics/report-status.js';
import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext, BearerRoute, Reply, RouteEntry } from '../core/route.js';
import { deliveryMetricList } from '../analytics/delivery-metric-list.js';
import { v3ErrorReply } from './v3-error-reply.js';
import { checkWindows, optionalEnum } from './v3-analytics-query.js';
import { v3Success } from './v3-reply.js';

// v3's asynchronous delivery-metrics report (API-V3.md): the attributes travel in the POST's
// query string, the answer is a token, and polling it with GET moves the report to its end as
// v5's reports move (report-status.ts, the `reportOutcome` knob), to the same downloadable file.

const SERVED_LEVELS: readonly AdsLevel[] = ['ADVERTISER', 'CAMPAIGN', 'AD_GROUP', 'PIN_PROMOTION'];
const PATH = '/ads/v3/reports/async/{advertiser}/delivery_metrics/';

function route(method: 'GET' | 'POST', path: string, handle: BearerRoute['handle']): BearerRoute {
  const common = { auth: 'bearer', scopes: ['read_advertisers'], rateLimitCategory: 'ads_analytics', formatError: v3ErrorReply } as const;
  // Requesting a report spends the ads_analytics quota, not the write budget of boards and pins.
  return { method, path, write: false, ...common, handle };
}

/** `filters`: a URL-encoded JSON list of `{field, operator, values}`. */
function checkFilters(raw: string | null): void {
  if (raw === null) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw failures.invalidParameters("Invalid parameters: 'filters' must be a JSON list.");
  }
  const valid = (item: unknown) => typeof item === 'object' && item !== null && ['field', 'operator', 'values'].every((key) => key in item);
  if (!Array.isArray(parsed) || !parsed.every(valid)) {
    throw failures.invalidParameters("Invalid parameters: 'filters' must be a list of {field, operator, values}.");
  }
}

function requestReport(ctx: AuthedContext): Reply {
  const account = ownAdAccount(ctx.store, ctx.caller, ctx.params['advertiser']);
  const q = ctx.query;
  const level = checkEnum('level', q.get('level') ?? undefined, V3_REPORT_LEVELS);
  const granularity = q.has('granularity') ? checkEnum('granularity', q.get('granularity'), GRANULARITIES) : 'DAY';
  const range = readDateRange(q.get('start_date'), q.get('end_date'), ctx.store.now(), reportDateLimits(granularity, level));
  const metrics = enumList(q, 'metrics', REPORT_COLUMNS, true) ?? [];
  const entityFields = enumList(q, 'entity_fields', V3_ENTITY_FIELDS, false) ?? [];
  const format = optionalEnum(q, 'report_format', V3_REPORT_FORMATS) ?? 'json';
  checkWindows(q);
  optionalEnum(q, 'conversion_report_time', V3_CONVERSION_REPORT_TIMES);
  optionalEnum(q, 'data_source', V3_DATA_SOURCES);
  optionalEnum(q, 'tag_version', V3_TAG_VERSIONS);
  // Checked as Pinterest would, but not applied: the simulated numbers are not filtered.
  checkFilters(q.get('filters'));
  if (!(SERVED_LEVELS as readonly string[]).includes(level)) {
    throw failures.invalidParameters(`Invalid parameters: the simulator serves the levels ${SERVED_LEVELS.join(', ')}; got '${level}'.`);
  }
  const token = randomBytes(16).toString('hex');
  ctx.store.reports.set(token, {
    token,
    adAccountId: account.id,
    ownerId: ctx.caller.id,
    level: level as AdsLevel,
    granularity,
    range,
    // Entity fields come first, as named (v3 prefixed them with the level; the simulator does not).
    columns: [...entityFields, ...metrics],
    filter: {},
    format: format === 'csv' ? 'CSV' : 'JSON',
    primarySort: 'BY_ID',
    createdAt: ctx.store.now(),
    polls: 0,
  });
  return v3Success({ token, report_status: 'IN_PROGRESS' });
}

function pollReport(ctx: AuthedContext): Reply {
  const account = ownAdAccount(ctx.store, ctx.caller, ctx.params['advertiser']);
  const token = ctx.query.get('token');
  if (token === null || token === '') throw failures.invalidParameters("Invalid parameters: 'token' is required.");
  const report = ctx.store.reports.get(token);
  if (!report || report.adAccountId !== account.id) return v3Success({ report_status: 'DOES_NOT_EXIST', url: null, size: null });
  return v3Success(reportStatus(ctx, report));
}

export const v3ReportRoutes: readonly RouteEntry[] = [
  {
    method: 'GET',
    path: '/ads/v3/resources/delivery_metrics/',
    auth: 'bearer',
    scopes: ['read_advertisers'],
    write: false,
    rateLimitCategory: 'ads_analytics',
    formatError: v3ErrorReply,
    handle: () => v3Success({ metrics: deliveryMetricList() }),
  },
  route('POST', PATH, requestReport),
  route('GET', PATH, pollReport),
];
