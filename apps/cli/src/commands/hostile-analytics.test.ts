import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import { sendJson, startHostileServer, type HostileServer } from '../test-support/hostile-server.js';
import { runPinkit } from '../test-support/run-pinkit.js';

// Analytics answers a hostile or broken server could send: days far outside the range asked for,
// numbers in forms Number() reads (hex, binary) or cannot do arithmetic on (±1e308).

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + offset * DAY_MS).toISOString().slice(0, 10);
const RANGE = ['--start-date', day(-3), '--end-date', day(-1)];

let server: HostileServer | undefined;
afterEach(async () => void (await server?.close()));

/** A server whose user analytics answer holds `daily`; every other request gets a plain user. */
async function answering(daily: Array<{ date: string; metrics: Record<string, unknown> }>) {
  server = await startHostileServer((req, res) =>
    (req.url ?? '').includes('/analytics')
      ? sendJson(res, 200, { all: { daily_metrics: daily.map((entry) => ({ ...entry, data_status: 'READY' })), summary_metrics: {} } })
      : sendJson(res, 200, { username: 'someone', account_type: 'BUSINESS' }),
  );
  return { PINTEREST_API_URI: server.url, ACCESS_TOKEN: 'pina_TESTTESTTEST' };
}

function files() {
  const dir = tempDir('pinkit-hostile-charts-');
  return { csv: join(dir, 'table.csv'), html: join(dir, 'charts.html') };
}

describe('analytics charts from a hostile answer', () => {
  it('draws only the range asked for when the answer spans 0001-01-01 to 9999-12-31, and says what it left out', async () => {
    const env = await answering([
      { date: '0001-01-01', metrics: { IMPRESSION: 1 } },
      { date: day(-2), metrics: { IMPRESSION: 5 } },
      { date: '9999-12-31', metrics: { IMPRESSION: 9 } },
    ]);
    const out = files();
    const run = await runPinkit(
      ['get-analytics', ...RANGE, '--metrics', 'impression', '--csv', out.csv, '--html', out.html, '-l', '0'],
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('warning: the answer had 2 points (0001-01-01 to 9999-12-31) outside what the charts cover');
    expect(readFileSync(out.csv, 'utf8')).toBe(`DATE,IMPRESSION\n${day(-3)},\n${day(-2)},5\n${day(-1)},\n`);
    expect(statSync(out.html).size).toBeLessThan(100_000);
  });

  it('reads only decimal numbers into the table and the page: 0x1F, 0b101 and ±1e308 are gaps, never NaN', async () => {
    const env = await answering([
      { date: day(-3), metrics: { IMPRESSION: '0x1F', SAVE: 1e308 } },
      { date: day(-2), metrics: { IMPRESSION: '0b101', SAVE: -1e308 } },
      { date: day(-1), metrics: { IMPRESSION: 4, SAVE: 2 } },
    ]);
    const out = files();
    const run = await runPinkit(
      ['get-analytics', ...RANGE, '--metrics', 'impression,save', '--csv', out.csv, '--html', out.html, '-l', '0'],
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out.csv, 'utf8')).toBe(`DATE,IMPRESSION,SAVE\n${day(-3)},,\n${day(-2)},,\n${day(-1)},4,2\n`);
    const page = readFileSync(out.html, 'utf8');
    expect(page).not.toMatch(/NaN|Infinity/);
    expect(page.match(/<circle class="point"/g)).toHaveLength(2);
  });

  it('charts an ads-report file spanning 1900 to 2026 over the days asked for only', async () => {
    const report = `DATE,SPEND_IN_DOLLAR\n1900-01-01,1\n${day(-2)},2\n`;
    server = await startHostileServer((req, res) => {
      const url = req.url ?? '';
      if (req.method === 'POST' && url.includes('/reports')) return sendJson(res, 200, { report_status: 'IN_PROGRESS', token: 'tok' });
      if (url.includes('/reports?'))
        return sendJson(res, 200, { report_status: 'FINISHED', url: `${server!.url}/file.csv`, size: report.length });
      if (url.startsWith('/file.csv')) return void res.writeHead(200, { 'content-type': 'text/csv' }).end(report);
      return sendJson(res, 200, {});
    });
    const out = files();
    const args = ['ads-report', '--ad-account-id', '123', ...RANGE, '--level', 'advertiser', '--columns', 'spend_in_dollar'];
    const run = await runPinkit([...args, '--format', 'csv', '--csv', out.csv, '-l', '0'], {
      PINTEREST_API_URI: server.url,
      ACCESS_TOKEN: 'pina_TESTTESTTEST',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('warning: the answer had a point (1900-01-01) outside what the charts cover');
    expect(readFileSync(out.csv, 'utf8')).toBe(`DATE,SPEND_IN_DOLLAR\n${day(-3)},\n${day(-2)},2\n${day(-1)},\n`);
  });
});
