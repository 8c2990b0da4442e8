import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createV5Client } from '@pinkit/api-v5';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { tempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const example = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

let sim: Simulator;
let adAccountId: string;
beforeAll(async () => {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 4 });
  for await (const account of createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).adAccounts.list()) {
    adAccountId = account.id as string;
  }
});
afterAll(() => sim.stop());

async function runExample(name: string, args: string[] = []) {
  // tsx makes a folder for its IPC sockets in TMPDIR and leaves it; give it one that goes away.
  return run(tsx, [example(name), ...args], { env: { ...process.env, ...sim.env(), TMPDIR: tempDir('pinkit-tsx-') } });
}

describe('analytics examples, run with tsx against the simulator', () => {
  it('get-analytics reads the user and an ad account, and shows a refused date', async () => {
    const { stdout } = await runExample('get-analytics.ts', [adAccountId]);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^user \{"IMPRESSION":\d+,"PIN_CLICK_RATE":[0-9.]+\}$/);
    expect(lines.filter((line) => /^\d{4}-\d{2}-\d{2}  spend [0-9.]+  clicks \d+$/.test(line))).toHaveLength(31);
    expect(lines.at(-1)).toBe('refused before sending: InvalidDateError for start_date');
  });

  it('analytics-series prints each metric with its days and its best day', async () => {
    const { stdout } = await runExample('analytics-series.ts');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^IMPRESSION: 14 of 14 days, best \d+ on \d{4}-\d{2}-\d{2}$/);
    expect(lines[1]).toMatch(/^SAVE: 14 of 14 days, best \d+ on \d{4}-\d{2}-\d{2}$/);
  });

  it('ads-report prints the CSV file after its progress', async () => {
    const { stdout, stderr } = await runExample('ads-report.ts', [adAccountId]);
    expect(stdout.split('\n')[0]).toBe('DATE,CAMPAIGN_NAME,SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH');
    expect(stderr).toBe('IN_PROGRESS after 0 polls\nIN_PROGRESS after 1 polls\nFINISHED after 2 polls\n');
  });

  it('analytics-api-example polls by hand until the file is ready', async () => {
    const { stdout } = await runExample('analytics-api-example.ts', [adAccountId]);
    expect(stdout).toBe('report IN_PROGRESS\nreport FINISHED\n31 rows\n');
  });

  it('v3-analytics-api-example lists v3 metrics, then waits for the v3 report and counts its rows', async () => {
    const { stdout } = await runExample('v3-analytics-api-example.ts', [adAccountId]);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^SPEND_IN_DOLLAR: \S/);
    expect(lines[1]).toMatch(/^TOTAL_CLICKTHROUGH: \S/);
    expect(lines.slice(2)).toEqual(['report IN_PROGRESS', 'report IN_PROGRESS', 'report FINISHED', '31 rows']);
  });
});
