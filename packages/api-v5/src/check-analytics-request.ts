import { argumentsOf } from '@pinkit/arguments';
import {
  ADS_ANALYTICS_COLUMNS,
  APP_TYPES,
  ATTRIBUTION_WINDOW_DAYS,
  CONVERSION_REPORT_TIMES,
  GRANULARITIES,
  PIN_ANALYTICS_METRICS,
  REPORT_COLUMNS,
  REPORT_FORMATS,
  REPORT_LEVELS,
  USER_ANALYTICS_METRICS,
} from './generated/analytics-values.js';
import { checkDateRange, checkIds, checkValue, checkValues } from './analytics-attributes.js';
import { dateLimitsFor } from './analytics-date-limits.js';
import type { operations } from './generated/openapi.js';
import type { components } from './generated/openapi.js';

type QueryOf<Id extends keyof operations> = operations[Id] extends { parameters: { query: infer Q } } ? Q : never;

export type UserAnalyticsQuery = QueryOf<'user_account/analytics'>;
export type PinAnalyticsQuery = QueryOf<'pins/analytics'>;
export type AdAccountAnalyticsQuery = QueryOf<'ad_account/analytics'>;
export type CampaignAnalyticsQuery = QueryOf<'campaigns/analytics'>;
export type AdGroupAnalyticsQuery = QueryOf<'ad_groups/analytics'>;
export type AdAnalyticsQuery = QueryOf<'ads/analytics'>;
export type ReportRequest = components['schemas']['AdsAnalyticsCreateAsyncRequest'];

/** The request is the caller's object; a wrong kind of it is an argument error, its attributes are Pinterest's. */
function checkRequestArguments(functionName: string, request: unknown, argument: string, now: unknown): void {
  const check = argumentsOf(functionName);
  check.object(request, argument);
  check.number(now, 'now');
}

// Each check throws an AnalyticsAttributeError (naming the attribute) at the first attribute
// Pinterest would refuse, so that nothing is sent that can only come back as a 400.

export function checkUserAnalyticsQuery(query: UserAnalyticsQuery, now = Date.now()): void {
  checkRequestArguments('checkUserAnalyticsQuery', query, 'query', now);
  checkDateRange(query.start_date, query.end_date, dateLimitsFor('user_account'), now);
  checkValues('metric_types', query.metric_types, USER_ANALYTICS_METRICS);
  checkValue('app_types', query.app_types, APP_TYPES);
}

export function checkPinAnalyticsQuery(query: PinAnalyticsQuery, now = Date.now()): void {
  checkRequestArguments('checkPinAnalyticsQuery', query, 'query', now);
  checkDateRange(query.start_date, query.end_date, dateLimitsFor('pin'), now);
  checkValues('metric_types', query.metric_types, PIN_ANALYTICS_METRICS, true);
  checkValue('app_types', query.app_types, APP_TYPES);
}

const ADS_KINDS = ['ad_account', 'campaigns', 'ad_groups', 'ads'] as const;
type AdsKind = (typeof ADS_KINDS)[number];
type AdsQuery = AdAccountAnalyticsQuery | CampaignAnalyticsQuery | AdGroupAnalyticsQuery | AdAnalyticsQuery;

export function checkAdsAnalyticsQuery(kind: AdsKind, query: AdsQuery, now = Date.now()): void {
  argumentsOf('checkAdsAnalyticsQuery').oneOf(kind, 'kind', ADS_KINDS);
  checkRequestArguments('checkAdsAnalyticsQuery', query, 'query', now);
  checkValue('granularity', query.granularity, GRANULARITIES, true);
  checkDateRange(query.start_date, query.end_date, dateLimitsFor(kind, query.granularity), now);
  checkValues('columns', query.columns, ADS_ANALYTICS_COLUMNS, true);
  checkAttribution(query);
  const ids = query as { campaign_ids?: string[]; ad_group_ids?: string[]; ad_ids?: string[]; pin_ids?: string[] };
  // ads/analytics: "The request must contain either ad_ids or both campaign_ids and pin_ids."
  const byPins = kind === 'ads' && ids.ad_ids === undefined;
  checkIds('campaign_ids', ids.campaign_ids, 250, kind === 'campaigns' || byPins);
  checkIds('ad_group_ids', ids.ad_group_ids, 250, kind === 'ad_groups');
  checkIds('ad_ids', ids.ad_ids, 250);
  checkIds('pin_ids', ids.pin_ids, 100, byPins);
}

export function checkReportRequest(body: ReportRequest, now = Date.now()): void {
  checkRequestArguments('checkReportRequest', body, 'body', now);
  checkValue('granularity', body.granularity, GRANULARITIES, true);
  checkValue('level', body.level, REPORT_LEVELS, true);
  checkDateRange(body.start_date, body.end_date, dateLimitsFor('report', body.granularity, body.level), now);
  checkValues('columns', body.columns, REPORT_COLUMNS, true);
  checkValue('report_format', body.report_format, REPORT_FORMATS);
  checkAttribution(body);
  for (const name of ['campaign_ids', 'ad_group_ids', 'ad_ids'] as const) checkIds(name, body[name], 500);
}

function checkAttribution(input: {
  click_window_days?: number;
  engagement_window_days?: number;
  view_window_days?: number;
  conversion_report_time?: string;
}): void {
  checkValue('click_window_days', input.click_window_days, ATTRIBUTION_WINDOW_DAYS);
  checkValue('engagement_window_days', input.engagement_window_days, ATTRIBUTION_WINDOW_DAYS);
  checkValue('view_window_days', input.view_window_days, ATTRIBUTION_WINDOW_DAYS);
  checkValue('conversion_report_time', input.conversion_report_time, CONVERSION_REPORT_TIMES);
}
