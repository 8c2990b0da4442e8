import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyticsSeries } from '@pinkit/api-v5';
import { reportFileSeries } from '@pinkit/api-v5';
import { tempDir } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import { htmlReport } from './html-report.js';
import { seriesCsv, seriesTable } from './series-table.js';
import { svgChart } from './svg-chart.js';
import { writeChartFiles } from './write-chart-files.js';

const DATES = ['2026-03-01', '2026-03-02', '2026-03-03'];
const series = (metric: string, values: Array<number | null>, entity?: string): AnalyticsSeries => ({
  metric,
  ...(entity === undefined ? {} : { entity }),
  points: values.map((value, index) => ({ date: DATES[index] ?? 'x', value })),
});

describe('the table and CSV', () => {
  it('lays the series side by side, a gap empty', () => {
    expect(seriesTable([series('A', [1, null, 3]), series('B', [null, null, null], '7')])).toEqual({
      labels: ['A', 'B [7]'],
      rows: [
        { date: '2026-03-01', values: [1, null] },
        { date: '2026-03-02', values: [null, null] },
        { date: '2026-03-03', values: [3, null] },
      ],
    });
  });

  it('round-trips the numbers exactly, gaps included', () => {
    const original = [
      series('SPEND_IN_DOLLAR', [12.34, null, 0.1 + 0.2]),
      series('CTR', [0.0123, 0, null]),
      series('SAVE', [null, null, null]),
    ];
    const back = reportFileSeries(seriesCsv(original), 'CSV');
    expect(back).toEqual(original);
  });

  it('keeps a name that a spreadsheet would run as a formula as text', () => {
    const csv = seriesCsv([series('=HYPERLINK("http://x")', [1, null, 2]), series('A,B', [-1, null, null])]);
    expect(csv.split('\n')[0]).toBe(`DATE,"'=HYPERLINK(""http://x"")","A,B"`);
    expect(csv.split('\n')[1]).toBe('2026-03-01,1,-1');
  });
});

describe('the page', () => {
  it('escapes every piece of server text and loads nothing', () => {
    const hostile = series('<script>alert(1)</script>', [1, 2, 3], '"><img src=x onerror=alert(1)>');
    const page = htmlReport([hostile], 'pinkit <b>');
    expect(page).not.toMatch(/<script|<img/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; [&quot;&gt;&lt;img src=x onerror=alert(1)&gt;]');
    expect(page).toContain('<title>pinkit &lt;b&gt;</title>');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('draws a dot per known value, the line broken at a gap, and a note for no data', () => {
    const chart = svgChart(series('A', [1, null, 3]), 'A');
    expect(chart.match(/<circle/g)).toHaveLength(2);
    expect(chart.match(/<path class="line" d="([^"]*)"/)?.[1]?.match(/M/g)).toHaveLength(2);
    expect(chart).toContain('<title>2026-03-03: 3</title>');
    const empty = svgChart(series('B', [null, null, null]), 'B');
    expect(empty).not.toContain('<circle');
    expect(empty).toContain('No data for this range');
    expect(svgChart(series('C', [0, 0, 0]), 'C')).not.toContain('NaN');
    expect(svgChart({ metric: 'D', points: [{ date: '2026-03-01', value: 5 }] }, 'D')).toContain('cx="408"');
  });

  it('writes both files whole, leaving no temporary file behind', async () => {
    const dir = tempDir('pinkit-charts-');
    const notes = await writeChartFiles([series('A', [1, 2, 3])], { html: join(dir, 'a.html'), csv: join(dir, 'a.csv') }, 'A');
    expect(notes).toEqual([`Charts written to ${join(dir, 'a.html')}.`, `Table written to ${join(dir, 'a.csv')}.`]);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'a.html']);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('DATE,A\n2026-03-01,1\n2026-03-02,2\n2026-03-03,3\n');
  });
});
