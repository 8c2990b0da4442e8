import { APP_TYPES, PIN_ANALYTICS_METRICS, USER_ANALYTICS_METRICS } from '@pinkit/api-v5/analytics-values';
import { ownAdAccount } from '../ads/ad-account-access.js';
import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext, RouteEntry } from '../core/route.js';
import { ownPin } from '../pins/pin-access.js';
import { daysOf, readDateRange } from './analytics-dates.js';
import { checkEnum, enumList } from './analytics-query.js';
import { combine, metricValue } from './metric-value.js';

// https://developers.pinterest.com/docs/api/v5/user_account-analytics and pins-analytics: daily
// metrics and their summary under one key per split group, `all` when not split. Dates: "Cannot
// be more than 90 days back from today", "Cannot be more than 90 days past start_date".
const LIMITS = { back: 90, range: 90 };

// Pin metrics Pinterest reports for the Pin's whole life rather than per day.
const LIFETIME = new Set(['TOTAL_COMMENTS', 'TOTAL_REACTIONS']);

function checkCommonQuery(ctx: AuthedContext): string[] {
  const days = daysOf(readDateRange(ctx.query.get('start_date'), ctx.query.get('end_date'), ctx.store.now(), LIMITS));
  if (ctx.query.has('app_types')) checkEnum('app_types', ctx.query.get('app_types'), APP_TYPES);
  // The simulator keeps no per-app or per-source breakdown, so it serves the unsplit view only.
  const split = ctx.query.get('split_field');
  if (split !== null && split !== 'NO_SPLIT') {
    throw failures.invalidParameters(`Invalid parameters: the simulator serves split_field=NO_SPLIT only, got '${split}'.`);
  }
  // Business Access: the owner of the given ad account is the "operation user_account"; simulated
  // accounts are shared with no one, so it is the caller's own account or a 403.
  if (ctx.query.has('ad_account_id')) ownAdAccount(ctx.store, ctx.caller, ctx.query.get('ad_account_id') ?? undefined);
  return days;
}

export function metricsBlock(key: string, days: readonly string[], metrics: readonly string[]) {
  const daily = days.map((date) => ({
    date,
    data_status: 'READY' as const,
    metrics: Object.fromEntries(metrics.map((metric) => [metric, metricValue(`${key}|${date}`, metric)])),
  }));
  const summary = Object.fromEntries(
    metrics.map((metric) => [
      metric,
      combine(
        metric,
        daily.map((day) => day.metrics[metric] ?? 0),
      ),
    ]),
  );
  return { daily_metrics: daily, summary_metrics: summary };
}

export const userAnalyticsRoutes: readonly RouteEntry[] = [
  {
    operation: 'user_account/analytics',
    handle: (ctx) => {
      const days = checkCommonQuery(ctx);
      const metrics = enumList(ctx.query, 'metric_types', USER_ANALYTICS_METRICS, false) ?? [...USER_ANALYTICS_METRICS];
      return { status: 200, body: { all: metricsBlock(`user:${ctx.caller.id}`, days, metrics) } };
    },
  },
  {
    operation: 'pins/analytics',
    handle: (ctx) => {
      const pin = ownPin(ctx.store, ctx.caller, ctx.params['pin_id']);
      const days = checkCommonQuery(ctx);
      const metrics = enumList(ctx.query, 'metric_types', PIN_ANALYTICS_METRICS, true) ?? [];
      const lifetime = metrics.filter((metric) => LIFETIME.has(metric));
      const block = metricsBlock(
        `pin:${pin.id}`,
        days,
        metrics.filter((metric) => !LIFETIME.has(metric)),
      );
      const lifetimeMetrics = Object.fromEntries(lifetime.map((metric) => [metric, Math.floor(metricValue(`pin:${pin.id}`, metric) / 10)]));
      return { status: 200, body: { all: lifetime.length > 0 ? { ...block, lifetime_metrics: lifetimeMetrics } : block } };
    },
  },
];
