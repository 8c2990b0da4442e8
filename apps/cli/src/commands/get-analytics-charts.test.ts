import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { capable, launchChromium, needs, tempDir } from '@pinkit/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstAdsBranch, type AdsTree } from '../test-support/ads-tree.js';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { runOnTerminal } from '../test-support/run-on-terminal.js';

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + offset * DAY_MS).toISOString().slice(0, 10);
const WEEK = ['--start-date', day(-6), '--end-date', day(0)];
const ESC = '\u001b[';

let sim: Simulator;
let tree: AdsTree;
let browser: Browser | undefined;
beforeAll(async () => {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 2 });
  tree = await firstAdsBranch(sim);
  if (capable('chromium')) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sim.stop();
});

type Daily = { all: { daily_metrics: Array<{ date: string; metrics: Record<string, number> }>; summary_metrics: Record<string, number> } };

/** The CSV the CLI wrote, as `{ column: [values] }` (numbers; an empty cell is null). */
function readCsv(file: string): Record<string, Array<string | number | null>> {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return Object.fromEntries(
    columns.map((name, index) => [
      name,
      lines.map((line) => {
        const cell = line.split(',')[index] ?? '';
        return name === 'DATE' ? cell : cell === '' ? null : Number(cell);
      }),
    ]),
  );
}

describe('pinkit get-analytics charts', () => {
  it('draws a line per metric under the summary on a terminal, in colour, for daily numbers', async () => {
    const run = await runOnTerminal(['get-analytics', ...WEEK], sim.env(), [], { colorDepth: 8 });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[7]).toMatch(/^Summary  IMPRESSION \d+  PIN_CLICK_RATE [\d.]+$/);
    expect(lines[8]).toBe('');
    expect(lines[9]).toMatch(/^IMPRESSION      \u001b\[36m[▁▂▃▄▅▆▇█]{7}\u001b\[39m  total [\d,]+  min [\d,]+ \(\d{4}-\d\d-\d\d\)  max /);
    expect(lines[10]).toMatch(/^PIN_CLICK_RATE  .*  mean [\d.]+  min .* vs first half$/);
    expect(lines).toHaveLength(11);
  });

  it('draws without colour under NO_COLOR, and not at all with --no-chart', async () => {
    const plain = await runOnTerminal(['get-analytics', ...WEEK], { ...sim.env(), NO_COLOR: '1' }, [], { colorDepth: 8 });
    expect(plain.stdout).toMatch(/^IMPRESSION {6}[▁▂▃▄▅▆▇█]{7}  total/m);
    expect(plain.stdout).not.toContain(ESC);
    const off = await runOnTerminal(['get-analytics', ...WEEK, '--no-chart'], sim.env(), [], { colorDepth: 8 });
    expect(off.stdout.trimEnd().split('\n')).toHaveLength(8);
  });

  it('leaves a pipe alone unless --chart is given, and then draws without colour; the total is the summary', async () => {
    const piped = await runPinkit(['get-analytics', ...WEEK, '-l', '0'], sim.env());
    expect(piped.stdout.trimEnd().split('\n')).toHaveLength(8);
    const charted = await runPinkit(['get-analytics', ...WEEK, '--chart', '-l', '0'], sim.env());
    expect(charted.code).toBe(0);
    expect(charted.stdout).not.toContain(ESC);
    const [answer] = jsonLines((await runPinkit(['get-analytics', ...WEEK, '--json'], sim.env())).stdout) as unknown as Daily[];
    const total = answer!.all.summary_metrics['IMPRESSION']!;
    expect(charted.stdout).toContain(`  total ${total.toLocaleString('en-US')}  `);
  });

  it('refuses --chart with --json, before any request', async () => {
    const run = await runPinkit(['get-analytics', '--chart', '--json'], sim.env());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--chart draws for people; it does not mix with --json');
    expect(run.stderr).not.toContain('GET ');
  });

  it('writes --csv with the numbers of the answer and --html beside --output', async () => {
    const dir = tempDir('pinkit-charts-');
    const files = { csv: join(dir, 'user.csv'), html: join(dir, 'user.html'), json: join(dir, 'user.json') };
    const run = await runPinkit(
      [
        'get-analytics',
        ...WEEK,
        '--metrics',
        'impression,save',
        '--csv',
        files.csv,
        '--html',
        files.html,
        '--output',
        files.json,
        '-l',
        '0',
      ],
      sim.env(),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`Charts written to ${files.html}.\nTable written to ${files.csv}.\nAnalytics written to ${files.json}.\n`);
    const answer = JSON.parse(readFileSync(files.json, 'utf8')) as Daily;
    const days = answer.all.daily_metrics;
    expect(readCsv(files.csv)).toEqual({
      DATE: days.map((entry) => entry.date),
      IMPRESSION: days.map((entry) => entry.metrics['IMPRESSION']),
      SAVE: days.map((entry) => entry.metrics['SAVE']),
    });
    expect(readFileSync(files.html, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('charts ads rows by day, one column per metric', async () => {
    const file = join(tempDir('pinkit-charts-'), 'campaign.csv');
    const ids = ['--ad-account-id', tree.adAccountId, '--campaign-id', tree.campaignId];
    const run = await runPinkit(['get-analytics', '-o', 'campaign', ...ids, ...WEEK, '--csv', file, '--json', '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<Record<string, number | string>>;
    expect(readCsv(file)).toEqual({
      DATE: rows.map((row) => row['DATE']),
      SPEND_IN_DOLLAR: rows.map((row) => row['SPEND_IN_DOLLAR']),
      TOTAL_CLICKTHROUGH: rows.map((row) => row['TOTAL_CLICKTHROUGH']),
    });
  });

  it('writes a page that shows one chart per metric with a dot per day in a real browser', async (context) => {
    needs(context, 'chromium');
    const file = join(tempDir('pinkit-charts-'), 'pin.html');
    const run = await runPinkit(
      ['get-analytics', '-o', 'user', ...WEEK, '--metrics', 'impression,save,outbound_click', '--html', file],
      sim.env(),
    );
    expect(run.code).toBe(0);
    const page = await browser!.newPage();
    const problems: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    page.on('pageerror', (error) => void problems.push(error.message));
    try {
      await page.goto(pathToFileURL(file).href);
      const charts = await page.$$eval('section.metric', (sections) =>
        sections.map((section) => [section.querySelector('h2')?.textContent, section.querySelectorAll('circle.point').length]),
      );
      expect(charts).toEqual([
        ['IMPRESSION', 7],
        ['SAVE', 7],
        ['OUTBOUND_CLICK', 7],
      ]);
      expect(await page.$$eval('table tbody tr', (rows) => rows.length)).toBe(7);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('pinkit ads-report charts', () => {
  it('charts a downloaded CSV report: the table holds the file numbers', async () => {
    const dir = tempDir('pinkit-report-charts-');
    const files = { report: join(dir, 'report.csv'), csv: join(dir, 'table.csv'), html: join(dir, 'report.html') };
    const args = ['ads-report', '--ad-account-id', tree.adAccountId, ...WEEK, '--level', 'advertiser', '--columns', 'spend_in_dollar,ctr'];
    const run = await runPinkit(
      [...args, '--format', 'csv', '--output', files.report, '--csv', files.csv, '--html', files.html, '-l', '0'],
      sim.env(),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Charts written to ${files.html}.\nTable written to ${files.csv}.\n`);
    const report = readCsv(files.report);
    expect(report['DATE']).toHaveLength(7);
    expect(readCsv(files.csv)).toEqual(report);
    expect(readFileSync(files.html, 'utf8').match(/<section class="metric">/g)).toHaveLength(2);
  });

  it('charts a JSON report with several campaigns, one series each, and says why a CSV without ids cannot be', async () => {
    const dir = tempDir('pinkit-report-charts-');
    const csv = join(dir, 'table.csv');
    const args = ['ads-report', '--ad-account-id', tree.adAccountId, ...WEEK, '--columns', 'total_clickthrough', '-l', '0'];
    const run = await runPinkit([...args, '--csv', csv, '--json'], sim.env());
    expect(run.code).toBe(0);
    const [file] = jsonLines(run.stdout) as Array<Record<string, Array<Record<string, number | string>>>>;
    const campaigns = Object.keys(file!);
    expect(campaigns.length).toBeGreaterThan(1);
    const table = readCsv(csv);
    expect(Object.keys(table)).toEqual(['DATE', ...campaigns.map((id) => `TOTAL_CLICKTHROUGH [${id}]`)]);
    const first = file![campaigns[0]!]!;
    expect(table[`TOTAL_CLICKTHROUGH [${campaigns[0]}]`]).toEqual(
      (table['DATE'] as string[]).map((date) => first.find((row) => row['DATE'] === date)?.['TOTAL_CLICKTHROUGH'] ?? null),
    );

    const refused = await runPinkit([...args, '--format', 'csv', '--csv', csv], sim.env());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/pinkit: Cannot chart this analytics answer: two rows for \d{4}-\d\d-\d\d; add an _ID column/);
  });
});
