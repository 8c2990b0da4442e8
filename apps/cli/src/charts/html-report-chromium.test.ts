import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnalyticsSeries } from '@pinkit/api-v5';
import { capable, launchChromium, needs, tempDir } from '@pinkit/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeChartFiles } from './write-chart-files.js';

let browser: Browser | undefined;
beforeAll(async () => {
  if (capable('chromium')) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const day = (index: number) => `2026-03-${String(index + 1).padStart(2, '0')}`;
const series = (metric: string, values: Array<number | null>): AnalyticsSeries => ({
  metric,
  points: values.map((value, index) => ({ date: day(index), value })),
});

describe('the --html page in a real browser', () => {
  beforeEach((context) => needs(context, 'chromium'));

  it('shows one chart per metric with a dot per known day, hover text, the table, and no console errors', async () => {
    const all = [
      series('IMPRESSION', [120, 340, null, 90, 410, 0, 250]),
      series('PIN_CLICK_RATE', [0.01, 0.02, 0.015, null, null, 0.03, 0.02]),
      series('SAVE', [null, null, null, null, null, null, null]),
      series('</title><script>document.title="owned"</script>', [1, 1, 1, 1, 1, 1, 1]),
    ];
    const file = join(tempDir('pinkit-html-'), 'analytics.html');
    await writeChartFiles(all, { html: file }, 'Analytics');
    const page = await browser!.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    page.on('pageerror', (error) => void problems.push(error.message));
    page.on('request', (request) => void requests.push(request.url()));
    try {
      await page.goto(pathToFileURL(file).href);
      const charts = await page.$$eval('section.metric', (sections) =>
        sections.map((section) => ({
          name: section.querySelector('h2')?.textContent,
          svgs: section.querySelectorAll('svg.chart').length,
          points: section.querySelectorAll('circle.point').length,
          labels: [...section.querySelectorAll('text.x-label')].map((label) => label.textContent),
          hover: section.querySelector('circle.point title')?.textContent ?? null,
        })),
      );
      expect(charts.map(({ name, svgs, points }) => [name, svgs, points])).toEqual([
        ['IMPRESSION', 1, 6],
        ['PIN_CLICK_RATE', 1, 5],
        ['SAVE', 1, 0],
        ['</title><script>document.title="owned"</script>', 1, 7],
      ]);
      expect(charts[0]?.labels).toEqual([day(0), day(1), day(2), day(4), day(5), day(6)]);
      expect(charts[0]?.hover).toBe('2026-03-01: 120');
      expect(await page.title()).toBe('Analytics');
      expect(await page.$$eval('table tbody tr', (rows) => rows.length)).toBe(7);
      expect(await page.$eval('table tbody tr:nth-child(3)', (row) => [...row.children].map((cell) => cell.textContent))).toEqual([
        day(2),
        '',
        '0.015',
        '',
        '1',
      ]);
      // Every dot is laid out (drawn with a size), not just present in the markup.
      const boxes = await page.$$eval('circle.point', (dots) =>
        dots.map((dot) => (dot as unknown as { getBBox(): { width: number } }).getBBox().width),
      );
      expect(boxes.every((width) => width > 0)).toBe(true);
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
    } finally {
      await page.close();
    }
  });
});
