import { describe, expect, it } from 'vitest';
import { analyticsSeries } from './analytics-series.js';
import { reportFileSeries } from './report-file-series.js';
import { SeriesShapeError } from './series-shape-error.js';

const values = (series: { points: Array<{ value: number | null }> }) => series.points.map((point) => point.value);

describe('analyticsSeries', () => {
  it('turns daily_metrics into one series per metric, a missing or unready day a gap (null), not 0', () => {
    const answer = {
      all: {
        daily_metrics: [
          { date: '2026-03-01', data_status: 'READY', metrics: { IMPRESSION: 10, SAVE: 0 } },
          { date: '2026-03-02', data_status: 'PROCESSING' },
          { date: '2026-03-04', data_status: 'READY', metrics: { IMPRESSION: 30, SAVE: 2 } },
        ],
        summary_metrics: { IMPRESSION: 40, SAVE: 2 },
      },
    };
    const series = analyticsSeries(answer, { startDate: '2026-03-01', endDate: '2026-03-05' });
    expect(series.map((one) => one.metric)).toEqual(['IMPRESSION', 'SAVE']);
    expect(series[0]?.points.map((point) => point.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(values(series[0]!)).toEqual([10, null, null, 30, null]);
    expect(values(series[1]!)).toEqual([0, null, null, 2, null]);
    expect(series[0]).not.toHaveProperty('entity');
  });

  it('gives a metric that was asked for but answered by no day a series of gaps', () => {
    const answer = { all: { daily_metrics: [{ date: '2026-03-01', metrics: { IMPRESSION: 1 } }] } };
    const series = analyticsSeries(answer, { metrics: ['SAVE', 'IMPRESSION'] });
    expect(series.map((one) => [one.metric, values(one)])).toEqual([
      ['SAVE', [null]],
      ['IMPRESSION', [1]],
    ]);
    expect(analyticsSeries({ all: { daily_metrics: [] } }, { metrics: ['SAVE'] })).toEqual([{ metric: 'SAVE', points: [] }]);
  });

  it('reads ads rows, one series per entity and metric when the rows are for several', () => {
    const rows = [
      { CAMPAIGN_ID: '7', DATE: '2026-03-01', SPEND_IN_DOLLAR: 1.5 },
      { CAMPAIGN_ID: '7', DATE: '2026-03-02', SPEND_IN_DOLLAR: 2 },
      { CAMPAIGN_ID: '8', DATE: '2026-03-02', SPEND_IN_DOLLAR: 4 },
    ];
    const series = analyticsSeries(rows, { granularity: 'DAY' });
    expect(series.map((one) => [one.entity, one.metric, values(one)])).toEqual([
      ['7', 'SPEND_IN_DOLLAR', [1.5, 2]],
      ['8', 'SPEND_IN_DOLLAR', [null, 4]],
    ]);
  });

  it('names hours by their day and hour and fills the hours of the range', () => {
    const rows = [{ AD_ACCOUNT_ID: '1', DATE: '2026-03-01', HOUR: 2, CTR: 0.1 }];
    const [series] = analyticsSeries(rows, { granularity: 'HOUR', startDate: '2026-03-01', endDate: '2026-03-01' });
    expect(series?.points).toHaveLength(24);
    expect(series?.points[2]).toEqual({ date: '2026-03-01T02:00', value: 0.1 });
    expect(series?.points[3]).toEqual({ date: '2026-03-01T03:00', value: null });
  });

  it('keeps weekly periods as they came rather than filling the days between them', () => {
    const rows = [
      { AD_ACCOUNT_ID: '1', DATE: '2026-03-04', CLICKTHROUGH_1: 3 },
      { AD_ACCOUNT_ID: '1', DATE: '2026-03-09', CLICKTHROUGH_1: 5 },
    ];
    expect(analyticsSeries(rows, { granularity: 'WEEK' }).map((one) => one.points)).toEqual([
      [
        { date: '2026-03-04', value: 3 },
        { date: '2026-03-09', value: 5 },
      ],
    ]);
    expect(analyticsSeries(rows, { granularity: 'MONTH', startDate: '2026-03-01' })[0]?.points).toHaveLength(2);
    // Without a granularity, dated rows are taken to be daily.
    expect(analyticsSeries(rows)[0]?.points).toHaveLength(6);
  });

  it('refuses rows that repeat a date with nothing to tell them apart', () => {
    const rows = [
      { DATE: '2026-03-01', SPEND_IN_DOLLAR: 1 },
      { DATE: '2026-03-01', SPEND_IN_DOLLAR: 2 },
    ];
    expect(() => analyticsSeries(rows)).toThrow(SeriesShapeError);
    expect(() => analyticsSeries(rows)).toThrow(/two rows for 2026-03-01; add an _ID column/);
    expect(() => analyticsSeries('text')).toThrow(SeriesShapeError);
    expect(() => analyticsSeries({ all: { summary_metrics: {} } })).toThrow(/"all" has no daily_metrics/);
  });
});

describe('reportFileSeries', () => {
  it('reads a JSON report keyed by entity id, and one keyed by date', () => {
    const byId = JSON.stringify({
      '11': [{ DATE: '2026-03-01', SPEND_IN_DOLLAR: 1 }],
      '12': [
        { DATE: '2026-03-01', SPEND_IN_DOLLAR: 2 },
        { DATE: '2026-03-02', SPEND_IN_DOLLAR: 3 },
      ],
    });
    expect(reportFileSeries(byId, 'JSON').map((one) => [one.entity, values(one)])).toEqual([
      ['11', [1, null]],
      ['12', [2, 3]],
    ]);
    const byDate = JSON.stringify({
      '2026-03-01': [{ DATE: '2026-03-01', SPEND_IN_DOLLAR: 2 }],
      '2026-03-03': [{ DATE: '2026-03-03', SPEND_IN_DOLLAR: 5 }],
    });
    expect(reportFileSeries(byDate, 'JSON', { granularity: 'DAY' }).map(values)).toEqual([[2, null, 5]]);
    expect(() => reportFileSeries('{', 'JSON')).toThrow(SeriesShapeError);
  });

  it('reads a CSV report: quoted fields, CRLF, left-out rows as gaps, header metrics without rows', () => {
    const csv = 'DATE,CAMPAIGN_NAME,SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH\r\n2026-03-01,"Spring, ""big""",1.25,\r\n2026-03-03,x,2,4\r\n';
    const series = reportFileSeries(csv, 'CSV', { startDate: '2026-03-01', endDate: '2026-03-03' });
    expect(series.map((one) => [one.metric, values(one)])).toEqual([
      ['SPEND_IN_DOLLAR', [1.25, null, 2]],
      ['TOTAL_CLICKTHROUGH', [null, null, 4]],
    ]);
    const empty = reportFileSeries('DATE,SPEND_IN_DOLLAR\n', 'CSV', { granularity: 'DAY', startDate: '2026-03-01', endDate: '2026-03-02' });
    expect(empty.map((one) => [one.metric, values(one)])).toEqual([['SPEND_IN_DOLLAR', [null, null]]]);
    expect(() => reportFileSeries('DATE\n"2026', 'CSV')).toThrow(/inside a quoted field/);
  });
});
