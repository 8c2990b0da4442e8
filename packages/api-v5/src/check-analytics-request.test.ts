import { describe, expect, it } from 'vitest';
import { AnalyticsAttributeError, DateRangeError, InvalidDateError, MissingAttributeError, UnknownValueError } from '@pinkit/analytics';
import { checkAdsAnalyticsQuery, checkPinAnalyticsQuery, checkReportRequest, checkUserAnalyticsQuery } from './check-analytics-request.js';

const NOW = Date.UTC(2026, 2, 15, 12);
const ads = {
  start_date: '2026-03-01',
  end_date: '2026-03-10',
  granularity: 'DAY' as 'DAY' | 'HOUR',
  columns: ['SPEND_IN_DOLLAR' as const],
};
const report = { ...ads, level: 'CAMPAIGN' as 'CAMPAIGN' | 'PRODUCT_ITEM', columns: ['SPEND_IN_DOLLAR' as const] };

function refusal(check: () => void): AnalyticsAttributeError {
  try {
    check();
  } catch (error) {
    if (error instanceof AnalyticsAttributeError) return error;
    throw error;
  }
  throw new Error('expected the check to refuse');
}

describe('checking analytics and report attributes', () => {
  it('accepts what Pinterest accepts', () => {
    expect(() =>
      checkUserAnalyticsQuery({ start_date: '2025-12-15', end_date: '2026-03-15', metric_types: ['IMPRESSION'] }, NOW),
    ).not.toThrow();
    expect(() => checkPinAnalyticsQuery({ start_date: '2026-03-01', end_date: '2026-03-01', metric_types: ['SAVE'] }, NOW)).not.toThrow();
    expect(() => checkAdsAnalyticsQuery('campaigns', { ...ads, campaign_ids: ['1'] }, NOW)).not.toThrow();
    expect(() => checkReportRequest({ ...report, start_date: '2025-09-11', end_date: '2026-03-15' }, NOW)).not.toThrow();
  });

  it.each(['2026-02-30', '2026-2-03', '03/01/2026', '2025-02-29'])('refuses %s as not a real day, naming the attribute', (day) => {
    const error = refusal(() => checkUserAnalyticsQuery({ start_date: day, end_date: '2026-03-10' }, NOW));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect([error.name, error.attribute]).toEqual(['InvalidDateError', 'start_date']);
  });

  it('refuses a start after the end, and a missing date', () => {
    const late = refusal(() => checkAdsAnalyticsQuery('ad_account', { ...ads, start_date: '2026-03-11' }, NOW));
    expect([late.name, late.attribute, late.message]).toEqual([
      'DateRangeError',
      'start_date',
      'start_date 2026-03-11 is after end_date 2026-03-10.',
    ]);
    const missing = refusal(() => checkUserAnalyticsQuery({ start_date: '2026-03-01' } as never, NOW));
    expect(missing).toBeInstanceOf(MissingAttributeError);
    expect(missing.attribute).toBe('end_date');
  });

  it.each([
    ['user analytics 91 days back', () => checkUserAnalyticsQuery({ start_date: '2025-12-14', end_date: '2026-01-01' }, NOW), 'start_date'],
    ['ads by DAY 91 days back', () => checkAdsAnalyticsQuery('ad_account', { ...ads, start_date: '2025-12-14' }, NOW), 'start_date'],
    [
      'ads by HOUR 9 days back',
      () => checkAdsAnalyticsQuery('ad_account', { ...ads, granularity: 'HOUR', start_date: '2026-03-06' }, NOW),
      'start_date',
    ],
    [
      'campaigns by HOUR over 3 days',
      () =>
        checkAdsAnalyticsQuery(
          'campaigns',
          { ...ads, granularity: 'HOUR', start_date: '2026-03-10', end_date: '2026-03-14', campaign_ids: ['1'] },
          NOW,
        ),
      'end_date',
    ],
    ['a report over 186 days', () => checkReportRequest({ ...report, start_date: '2025-09-08', end_date: '2026-03-15' }, NOW), 'end_date'],
    [
      'a report 915 days back',
      () => checkReportRequest({ ...report, start_date: '2023-09-12', end_date: '2023-09-13' }, NOW),
      'start_date',
    ],
    [
      'a PRODUCT_ITEM report over 31 days',
      () => checkReportRequest({ ...report, level: 'PRODUCT_ITEM', start_date: '2026-02-01', end_date: '2026-03-10' }, NOW),
      'end_date',
    ],
  ])('refuses %s with a DateRangeError', (_what, check, attribute) => {
    const error = refusal(check);
    expect(error).toBeInstanceOf(DateRangeError);
    expect(error.attribute).toBe(attribute);
  });

  it('allows the ad account HOUR range the description leaves open, within 8 days', () => {
    expect(() =>
      checkAdsAnalyticsQuery('ad_account', { ...ads, granularity: 'HOUR', start_date: '2026-03-07', end_date: '2026-03-15' }, NOW),
    ).not.toThrow();
  });

  it.each([
    [() => checkAdsAnalyticsQuery('ad_account', { ...ads, granularity: 'DAILY' as 'DAY' }, NOW), 'granularity'],
    [() => checkAdsAnalyticsQuery('ad_account', { ...ads, columns: ['SPEND' as 'CTR'] }, NOW), 'columns'],
    [
      () => checkUserAnalyticsQuery({ start_date: '2026-03-01', end_date: '2026-03-02', metric_types: ['CLICKS' as 'SAVE'] }, NOW),
      'metric_types',
    ],
    [() => checkReportRequest({ ...report, level: 'CAMPAIGNS' as 'CAMPAIGN' }, NOW), 'level'],
    [() => checkReportRequest({ ...report, report_format: 'XLSX' as 'CSV' }, NOW), 'report_format'],
    [() => checkReportRequest({ ...report, click_window_days: 3 as 1 }, NOW), 'click_window_days'],
  ])('refuses a value outside the enumeration with an UnknownValueError naming %#', (check, attribute) => {
    const error = refusal(check);
    expect(error).toBeInstanceOf(UnknownValueError);
    expect(error.attribute).toBe(attribute);
  });

  it('needs the ids each ads operation requires', () => {
    expect(refusal(() => checkAdsAnalyticsQuery('campaigns', ads as never, NOW)).attribute).toBe('campaign_ids');
    expect(refusal(() => checkAdsAnalyticsQuery('ad_groups', ads as never, NOW)).attribute).toBe('ad_group_ids');
    expect(refusal(() => checkAdsAnalyticsQuery('ads', { ...ads, campaign_ids: ['1'] }, NOW)).attribute).toBe('pin_ids');
    expect(() => checkAdsAnalyticsQuery('ads', { ...ads, ad_ids: ['1'] }, NOW)).not.toThrow();
    expect(refusal(() => checkAdsAnalyticsQuery('ads', { ...ads, ad_ids: ['x1'] }, NOW)).message).toBe('ad_ids: "x1" is not a numeric id.');
    expect(refusal(() => checkPinAnalyticsQuery({ start_date: '2026-03-01', end_date: '2026-03-01' } as never, NOW)).attribute).toBe(
      'metric_types',
    );
  });
});
