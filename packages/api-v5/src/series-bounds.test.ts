import { describe, expect, it } from 'vitest';
import { analyticsSeries } from './analytics-series.js';
import { reportFileSeries } from './report-file-series.js';

const days = (entries: Array<[string, unknown]>) => ({
  all: { daily_metrics: entries.map(([date, value]) => ({ date, metrics: { IMPRESSION: value } })) },
});
const values = (series: { points: Array<{ value: number | null }> } | undefined) => series?.points.map((point) => point.value);

describe('series from hostile numbers', () => {
  it('reads only decimal numbers: hex, binary, Infinity and out-of-range values are gaps', () => {
    const answer = days([
      ['2026-03-01', '0x1F'],
      ['2026-03-02', '0b101'],
      ['2026-03-03', '1e308'],
      ['2026-03-04', -1e308],
      ['2026-03-05', 'Infinity'],
      ['2026-03-06', '12.5'],
      ['2026-03-07', 3],
    ]);
    const [series] = analyticsSeries(answer, { startDate: '2026-03-01', endDate: '2026-03-07' });
    expect(values(series)).toEqual([null, null, null, null, null, 12.5, 3]);
  });

  it('takes an HOUR column only as a whole hour of the day', () => {
    const rows = [
      { DATE: '2026-03-01', HOUR: '0x2', CTR: 1 },
      { DATE: '2026-03-01', HOUR: '3', CTR: 2 },
    ];
    const [series] = analyticsSeries(rows, { granularity: 'HOUR', startDate: '2026-03-01', endDate: '2026-03-01' });
    expect(series?.points).toHaveLength(24);
    expect(series?.points[3]).toEqual({ date: '2026-03-01T03:00', value: 2 });
    expect(series?.omitted).toEqual({ count: 1, first: '2026-03-01', last: '2026-03-01' });
  });
});

describe('series over far-apart dates', () => {
  const farApart = days([
    ['0001-01-01', 1],
    ['2026-03-02', 2],
    ['9999-12-31', 3],
  ]);

  it('clips the axis to the range asked for and says what it left out', () => {
    const [series] = analyticsSeries(farApart, { startDate: '2026-03-01', endDate: '2026-03-03' });
    expect(series?.points.map((point) => point.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(values(series)).toEqual([null, 2, null]);
    expect(series?.omitted).toEqual({ count: 2, first: '0001-01-01', last: '9999-12-31' });
  });

  it('fills hours only within the range', () => {
    const rows = [
      { DATE: '0001-01-01', HOUR: 0, CTR: 1 },
      { DATE: '2026-03-01', HOUR: 5, CTR: 2 },
      { DATE: '9999-12-31', HOUR: 23, CTR: 3 },
    ];
    const [series] = analyticsSeries(rows, { granularity: 'HOUR', startDate: '2026-03-01', endDate: '2026-03-02' });
    expect(series?.points).toHaveLength(48);
    expect(series?.omitted?.count).toBe(2);
  });

  it('caps the points when no range bounds them, keeping the latest', () => {
    const [series] = analyticsSeries(farApart);
    expect(series!.points.length).toBeLessThanOrEqual(10_000);
    expect(series!.points.at(-1)).toEqual({ date: '9999-12-31', value: 3 });
    expect(series?.omitted).toMatchObject({ first: '0001-01-01' });
  });

  it('reads 200,000 days without overflowing the stack', () => {
    const start = Date.parse('1500-01-01T00:00:00Z');
    const many = Array.from({ length: 200_000 }, (_, index) => ({
      DATE: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
      SPEND_IN_DOLLAR: index,
    }));
    const [series] = analyticsSeries(many, { granularity: 'DAY' });
    expect(series!.points.length).toBeLessThanOrEqual(10_000);
    expect(series!.points.at(-1)?.value).toBe(199_999);
    expect(series?.omitted?.count).toBe(200_000 - series!.points.length);
  });

  it('does the same for a report file', () => {
    const csv = 'DATE,SPEND_IN_DOLLAR\n1900-01-01,1\n2026-12-31,2\n';
    const series = reportFileSeries(csv, 'CSV', { granularity: 'DAY', startDate: '2026-12-25', endDate: '2026-12-31' });
    expect(series[0]?.points).toHaveLength(7);
    expect(values(series[0])?.at(-1)).toBe(2);
    expect(series[0]?.omitted).toEqual({ count: 1, first: '1900-01-01', last: '1900-01-01' });
  });
});
