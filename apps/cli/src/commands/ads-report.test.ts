import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { tempDir } from '@pinkit/test-support';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { firstAdsBranch, type AdsTree } from '../test-support/ads-tree.js';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { runOnTerminal } from '../test-support/run-on-terminal.js';

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + offset * DAY_MS).toISOString().slice(0, 10);

let sim: Simulator;
let tree: AdsTree;
beforeAll(async () => {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 4 });
  tree = await firstAdsBranch(sim);
});
afterEach(() => sim.configure({ reportOutcome: 'FINISHED' }));
afterAll(() => sim.stop());

describe('pinkit ads-report', () => {
  it('requests, polls with a progress line and prints the JSON file: campaigns by day over 30 days by default', async () => {
    const run = await runPinkit(['ads-report', '--ad-account-id', tree.adAccountId, '--json', '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    const [requested, polled] = run.stderr.split('\n');
    expect(requested).toBe('Report requested (IN_PROGRESS); first poll in 1 s.');
    // The elapsed time is measured, so a loaded machine may show 1.1 s.
    expect(polled).toMatch(/^Report IN_PROGRESS after 1 poll \(1(\.\d)? s\); next poll in 2 s\.$/);
    expect(run.stderr.split('\n')[2]).toMatch(/^Report FINISHED after 2 polls \([0-9.]+ s\)\.$/);
    const [file] = jsonLines(run.stdout) as Array<Record<string, Array<Record<string, unknown>>>>;
    expect(Object.keys(file!)).toContain(tree.campaignId);
    const rows = file![tree.campaignId]!;
    expect(rows).toHaveLength(31);
    expect(Object.keys(rows[0]!)).toEqual(['DATE', 'SPEND_IN_DOLLAR', 'TOTAL_IMPRESSION', 'TOTAL_CLICKTHROUGH']);
  });

  it('takes every attribute as a flag and writes CSV to --output', async () => {
    const file = join(tempDir('pinkit-report-'), 'report.csv');
    const args = [
      'ads-report',
      '--ad-account-id',
      tree.adAccountId,
      '--start-date',
      day(-6),
      '--end-date',
      day(0),
      '--granularity',
      'total',
    ];
    const run = await runPinkit(
      [...args, '--level', 'ad_group', '--columns', 'ad_group_id,ctr', '--format', 'csv', '--output', file, '-l', '0'],
      sim.env(),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`Report written to ${file} \\(\\d+ bytes\\)\\.\\n$`));
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('AD_GROUP_ID,CTR');
    expect(lines).toHaveLength(5);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${tree.adGroupId},0\\.\\d+$`)));
  });

  it('prints a CSV report as it came, for people', async () => {
    const run = await runPinkit(
      ['ads-report', '--ad-account-id', tree.adAccountId, '--start-date', day(0), '--level', 'ADVERTISER', '--format', 'CSV', '-l', '0'],
      sim.env(),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^DATE,SPEND_IN_DOLLAR,TOTAL_IMPRESSION,TOTAL_CLICKTHROUGH\\n${day(0)},[0-9.]+,\\d+,\\d+\\n$`));
  });

  it.each([
    ['FAILED', 'Pinterest could not build it'],
    ['EXPIRED', 'it expired before it was downloaded'],
  ] as const)('stops with exit 1 when the report ends %s, writing no file', async (outcome, reason) => {
    sim.configure({ reportOutcome: outcome });
    const file = join(tempDir('pinkit-report-'), 'report.json');
    const run = await runPinkit(['ads-report', '--ad-account-id', tree.adAccountId, '--output', file, '-l', '0'], sim.env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Report ${outcome} after 2 polls`);
    expect(run.stderr).toContain(`pinkit: The report ended ${outcome}: ${reason}; request it again.\n`);
    expect(existsSync(file)).toBe(false);
  });

  it.each([
    [['--start-date', '2026-02-30'], 'pinkit: Invalid --start-date: must be a real calendar day as YYYY-MM-DD, got "2026-02-30".'],
    [['--start-date', day(1), '--end-date', day(0)], `pinkit: Invalid --start-date: ${day(1)} is after --end-date ${day(0)}.`],
    [['--start-date', day(-200)], `pinkit: Invalid --end-date: ${day(0)} is 200 days past --start-date; at most 186 are allowed.`],
    [['--start-date', day(-915), '--end-date', day(-900)], /^pinkit: Invalid --start-date: .* more than 914 days back from today/],
    [['--granularity', 'HOUR', '--start-date', day(-4)], /^pinkit: Invalid --end-date: .* 4 days past --start-date; at most 3/],
    [['--granularity', 'DAILY'], 'pinkit: Invalid --granularity: "DAILY" is not one of TOTAL, DAY, HOUR, WEEK, MONTH.'],
    [['--level', 'CAMPAIGNS'], /^pinkit: Invalid --level: "CAMPAIGNS" is not one of ADVERTISER, /],
    [['--columns', 'SPEND'], /^pinkit: Invalid --columns: "SPEND" is not one of .* \(626 values\)\.\n$/],
    [['--format', 'xml'], 'pinkit: Invalid --format: "XML" is not one of JSON, CSV.'],
    [['--ad-account-id', 'x1'], 'pinkit: Invalid --ad-account-id: "x1" is not a numeric id.'],
  ])('refuses %j in one line with exit 2, before any request', async (args, message) => {
    const requests = sim.stats.requests;
    const run = await runPinkit(['ads-report', '--ad-account-id', tree.adAccountId, ...args], sim.env());
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(2);
    if (typeof message === 'string') expect(run.stderr).toBe(`${message}\n`);
    else expect(run.stderr).toMatch(message);
    expect(sim.stats.requests).toBe(requests);
  });

  it('without a terminal, a missing --ad-account-id is exit 2 naming the flag', async () => {
    const run = await runPinkit(['ads-report'], sim.env());
    expect([run.code, run.stderr]).toEqual([2, 'pinkit: Missing --ad-account-id: the input is not a terminal to choose on.\n']);
  });
});

describe('pinkit analytics-api-example', () => {
  it("runs the quickstart's delivery-metrics report for the ad account", async () => {
    const run = await runPinkit(['analytics-api-example', '--ad-account-id', tree.adAccountId, '--json'], sim.env());
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/POST .*\/v5\/ad_accounts\/\d+\/reports -> 200/);
    expect(run.stderr).toContain('Report FINISHED after 2 polls');
    const [file] = jsonLines(run.stdout) as Array<Record<string, Array<Record<string, unknown>>>>;
    expect(Object.keys(file!)).toEqual([tree.adAccountId]);
    expect(file![tree.adAccountId]![0]).toEqual({
      DATE: day(-30),
      SPEND_IN_DOLLAR: expect.any(Number),
      TOTAL_IMPRESSION: expect.any(Number),
      TOTAL_CLICKTHROUGH: expect.any(Number),
    });
  });

  it('on a terminal, asks which ad account; without one, a missing --ad-account-id is exit 2', async () => {
    const run = await runOnTerminal(['analytics-api-example', '--json'], sim.env(), ['1']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`  1. ${tree.adAccountId}  pinkit_demo ads\nWhich ad account? [1-1] `);
    expect(Object.keys(jsonLines(run.stdout)[0]!)).toEqual([tree.adAccountId]);
    const piped = await runPinkit(['analytics-api-example'], sim.env());
    expect([piped.code, piped.stderr]).toEqual([2, 'pinkit: Missing --ad-account-id: the input is not a terminal to choose on.\n']);
  });

  it('stops on a CANCELLED report instead of polling forever', async () => {
    sim.configure({ reportOutcome: 'CANCELLED' });
    const run = await runPinkit(['analytics-api-example', '--ad-account-id', tree.adAccountId, '-l', '0'], sim.env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pinkit: The report ended CANCELLED: it was cancelled; request it again.');
  });
});
