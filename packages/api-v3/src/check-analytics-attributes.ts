import { argumentsOf } from '@pinkit/arguments';
import { DateRangeError, InvalidDateError, MissingAttributeError, UnknownValueError } from '@pinkit/analytics';
import type { V3DateRange, V3DeliveryMetricsReportAttributes, V3UserMetricsQuery, V4DeliveryMetricsQuery } from './analytics-query.js';
import {
  V3_APP_TYPES,
  V3_CONVERSION_REPORT_TIMES,
  V3_DATA_SOURCES,
  V3_ENTITY_FIELDS,
  V3_GRANULARITIES,
  V3_PIN_FORMATS,
  V3_PUBLISH_TYPES,
  V3_REPORT_FORMATS,
  V3_REPORT_LEVELS,
  V3_TAG_VERSIONS,
  V3_TRISTATE,
  V3_WINDOW_DAYS,
  V4_ATTRIBUTION_TYPES,
} from './analytics-values.js';

// Each check throws an AnalyticsAttributeError naming the first attribute Pinterest would refuse,
// so that nothing is sent that can only come back as a failure. v3 stated no limit on how far
// back a range may reach, so unlike v5 only the dates themselves and their order are checked.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(attribute: string, value: unknown): number {
  if (value === undefined || value === '') throw new MissingAttributeError(attribute);
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) throw new InvalidDateError(attribute, value);
  return ms;
}

function checkDates(query: V3DateRange): void {
  const start = parseDay('start_date', query.start_date);
  const end = parseDay('end_date', query.end_date);
  if (start > end)
    throw new DateRangeError('start_date', query.start_date, `start_date ${query.start_date} is after end_date ${query.end_date}.`);
}

function checkValue(attribute: string, value: unknown, allowed: readonly (string | number)[], required = false): void {
  if (value === undefined) {
    if (required) throw new MissingAttributeError(attribute);
    return;
  }
  if (!allowed.includes(value as string | number)) throw new UnknownValueError(attribute, value, allowed);
}

// Metric and column names are v3's to list, not this package's; they are only checked to be names.
const NAME = /^[A-Z][A-Z0-9_]*$/;

function checkNames(attribute: string, values: readonly unknown[] | undefined, required: boolean): void {
  if (values === undefined || values.length === 0) {
    if (required || values !== undefined) throw new MissingAttributeError(attribute);
    return;
  }
  for (const value of values) {
    if (typeof value !== 'string' || !NAME.test(value)) {
      throw new UnknownValueError(attribute, value, ['upper-case names such as IMPRESSION_1 or SPEND_IN_DOLLAR']);
    }
  }
}

function checkWindows(query: { click_window_days?: unknown; engagement_window_days?: unknown; view_window_days?: unknown }): void {
  checkValue('click_window_days', query.click_window_days, V3_WINDOW_DAYS);
  checkValue('engagement_window_days', query.engagement_window_days, V3_WINDOW_DAYS);
  checkValue('view_window_days', query.view_window_days, V3_WINDOW_DAYS);
}

/** The user metrics: dates, metric names, and the filters' enumerations. */
export function checkUserMetricsQuery(query: V3UserMetricsQuery): void {
  argumentsOf('checkUserMetricsQuery').object(query, 'query');
  checkDates(query);
  checkNames('metric_types', query.metric_types, false);
  for (const name of ['paid', 'in_profile', 'from_owned_content', 'downstream', 'include_curated'] as const) {
    checkValue(name, query[name], V3_TRISTATE);
  }
  checkValue('pin_format', query.pin_format, V3_PIN_FORMATS);
  checkValue('app_types', query.app_types, V3_APP_TYPES);
  checkValue('publish_types', query.publish_types, V3_PUBLISH_TYPES);
}

/** The ads v4 delivery metrics: dates, a granularity and at least one column (both required there). */
export function checkDeliveryMetricsQuery(query: V4DeliveryMetricsQuery): void {
  argumentsOf('checkDeliveryMetricsQuery').object(query, 'query');
  checkDates(query);
  checkValue('granularity', query.granularity, V3_GRANULARITIES, true);
  checkNames('columns', query.columns, true);
  checkWindows(query);
  checkValue('attribution_types', query.attribution_types, V4_ATTRIBUTION_TYPES);
}

/** The asynchronous report: dates, the required level and metrics, and every enumeration v3 listed. */
export function checkReportAttributes(attributes: V3DeliveryMetricsReportAttributes): void {
  argumentsOf('checkReportAttributes').object(attributes, 'attributes');
  checkDates(attributes);
  checkValue('level', attributes.level, V3_REPORT_LEVELS, true);
  checkNames('metrics', attributes.metrics, true);
  checkValue('granularity', attributes.granularity, V3_GRANULARITIES);
  checkWindows(attributes);
  checkValue('conversion_report_time', attributes.conversion_report_time, V3_CONVERSION_REPORT_TIMES);
  checkValue('data_source', attributes.data_source, V3_DATA_SOURCES);
  checkValue('report_format', attributes.report_format, V3_REPORT_FORMATS);
  checkValue('tag_version', attributes.tag_version, V3_TAG_VERSIONS);
  for (const field of attributes.entity_fields ?? []) checkValue('entity_fields', field, V3_ENTITY_FIELDS);
}
