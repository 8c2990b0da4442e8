import { describe, expect, it } from 'vitest';
import { DateRangeError, InvalidDateError, MissingAttributeError, UnknownValueError } from '@pinkit/analytics';
import { checkDeliveryMetricsQuery, checkReportAttributes, checkUserMetricsQuery } from './check-analytics-attributes.js';

const range = { start_date: '2021-03-01', end_date: '2021-03-31' };
const report = { ...range, level: 'PIN_PROMOTION' as const, metrics: ['IMPRESSION_1', 'CLICKTHROUGH_1'] };

function refusal(check: () => void): { name: string; attribute: string; message: string } {
  try {
    check();
  } catch (error) {
    return error as { name: string; attribute: string; message: string };
  }
  throw new Error('the check let it through');
}

describe('the v3 attribute checks', () => {
  it('accept what the quickstart sent', () => {
    expect(() => checkReportAttributes({ ...report, granularity: 'DAY', report_format: 'csv', click_window_days: 30 })).not.toThrow();
    expect(() => checkUserMetricsQuery({ ...range, metric_types: ['IMPRESSION'], paid: 1, pin_format: 'standard' })).not.toThrow();
    expect(() => checkDeliveryMetricsQuery({ ...range, granularity: 'DAY', columns: ['SPEND_IN_DOLLAR'] })).not.toThrow();
  });

  it('refuse a date that is no calendar day, or not YYYY-MM-DD', () => {
    expect(refusal(() => checkReportAttributes({ ...report, start_date: '2021-02-30' }))).toBeInstanceOf(InvalidDateError);
    expect(refusal(() => checkUserMetricsQuery({ ...range, end_date: '2021-3-31' }))).toMatchObject({ attribute: 'end_date' });
    expect(refusal(() => checkUserMetricsQuery({ ...range, start_date: '' }))).toBeInstanceOf(MissingAttributeError);
  });

  it('refuse a start after the end', () => {
    const error = refusal(() => checkDeliveryMetricsQuery({ ...range, start_date: '2021-04-01', granularity: 'DAY', columns: ['CTR'] }));
    expect(error).toBeInstanceOf(DateRangeError);
    expect(error.message).toBe('start_date 2021-04-01 is after end_date 2021-03-31.');
  });

  it('require the report level and metrics, and the granularity and columns of ads metrics', () => {
    expect(refusal(() => checkReportAttributes({ ...report, level: undefined as never }))).toMatchObject({ attribute: 'level' });
    expect(refusal(() => checkReportAttributes({ ...report, metrics: [] }))).toMatchObject({
      name: 'MissingAttributeError',
      attribute: 'metrics',
    });
    expect(refusal(() => checkDeliveryMetricsQuery({ ...range, columns: ['CTR'] } as never))).toMatchObject({ attribute: 'granularity' });
    expect(refusal(() => checkDeliveryMetricsQuery({ ...range, granularity: 'DAY', columns: [] }))).toMatchObject({ attribute: 'columns' });
  });

  it('refuse a value outside the enumerations v3 documented', () => {
    const cases: Array<[() => void, string]> = [
      [() => checkReportAttributes({ ...report, level: 'AD_ACCOUNT' as never }), 'level'],
      [() => checkReportAttributes({ ...report, report_format: 'CSV' as never }), 'report_format'],
      [() => checkReportAttributes({ ...report, view_window_days: 3 as never }), 'view_window_days'],
      [() => checkReportAttributes({ ...report, data_source: 'LIVE' as never }), 'data_source'],
      [() => checkReportAttributes({ ...report, tag_version: 4 as never }), 'tag_version'],
      [() => checkReportAttributes({ ...report, conversion_report_time: 'TIME_OF_AD_ACTION' as never }), 'conversion_report_time'],
      [() => checkReportAttributes({ ...report, entity_fields: ['AD_ID' as never] }), 'entity_fields'],
      [() => checkReportAttributes({ ...report, granularity: 'YEAR' as never }), 'granularity'],
      [() => checkUserMetricsQuery({ ...range, paid: 3 as never }), 'paid'],
      [() => checkUserMetricsQuery({ ...range, app_types: 'MOBILE' as never }), 'app_types'],
      [
        () => checkDeliveryMetricsQuery({ ...range, granularity: 'DAY', columns: ['CTR'], attribution_types: 'ALL' as never }),
        'attribution_types',
      ],
    ];
    for (const [check, attribute] of cases) {
      const error = refusal(check);
      expect(error).toBeInstanceOf(UnknownValueError);
      expect(error.attribute).toBe(attribute);
    }
    expect(refusal(cases[1]![0]).message).toBe('report_format: "CSV" is not one of csv, json.');
  });

  it('refuse a metric that is not an upper-case name, without guessing v3 list of metrics', () => {
    expect(refusal(() => checkReportAttributes({ ...report, metrics: ['impression_1'] }))).toMatchObject({ attribute: 'metrics' });
    expect(() => checkReportAttributes({ ...report, metrics: ['SOME_NEW_METRIC'] })).not.toThrow();
  });
});
