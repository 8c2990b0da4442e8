import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { tempDir } from '@pinkit/test-support';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { firstAdsBranch, type AdsTree } from '../test-support/ads-tree.js';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { runOnTerminal } from '../test-support/run-on-terminal.js';

// get-analytics and analytics-api-example on API v3 against the simulator, which serves v3's
// analytics from the numbers it serves v5: each output is compared with the same command on v5.

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + offset * DAY_MS).toISOString().slice(0, 10);
const RANGE = ['--start-date', day(-2), '--end-date', day(0)];

let sim: Simulator;
let tree: AdsTree;
let v3Env: Record<string, string>;
beforeAll(async () => {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 2 });
  tree = await firstAdsBranch(sim);
  v3Env = { ...sim.env(), ACCESS_TOKEN: sim.env().V3_ACCESS_TOKEN!, PINTEREST_API_VERSION: '3' };
});
afterAll(() => sim.stop());
afterEach(() => sim.configure({ reportOutcome: 'FINISHED' }));

const v3Run = (args: string[]) => runPinkit([...args, '-l', '0'], v3Env);
const v5Run = (args: string[]) => runPinkit([...args, '-l', '0'], sim.env());

const LEVELS = [
  ['ad_account', ['--ad-account-id'], 'delivery_metrics', 'ADVERTISER_ID'],
  ['campaign', ['--ad-account-id', '--campaign-id'], 'campaigns/delivery_metrics', 'CAMPAIGN_ID'],
  ['ad_group', ['--ad-account-id', '--campaign-id', '--ad-group-id'], 'ad_groups/delivery_metrics', 'AD_GROUP_ID'],
  ['ad', ['--ad-account-id', '--campaign-id', '--ad-group-id', '--ad-id'], 'ads/delivery_metrics', 'AD_ID'],
] as const;

function idArgs(flags: readonly string[]): string[] {
  const value: Record<string, string> = {
    '--ad-account-id': tree.adAccountId,
    '--campaign-id': tree.campaignId,
    '--ad-group-id': tree.adGroupId,
    '--ad-id': tree.adId,
  };
  return flags.flatMap((flag) => [flag, value[flag] ?? '']);
}

describe('pinkit get-analytics -v 3', () => {
  it("reads the user's metrics from /v3/partners/analytics/users/{id}/metrics/, printing v5's lines", async () => {
    const run = await runPinkit(['get-analytics', '-o', 'user', ...RANGE], v3Env);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`GET ${sim.url}/v3/partners/analytics/users/\\d+/metrics/\\?start_date=${day(-2)}.* -> 200`));
    const v5 = await v5Run(['get-analytics', '-o', 'user', ...RANGE]);
    expect(run.stdout).toBe(v5.stdout);
    expect(run.stdout.trim().split('\n')).toHaveLength(4);
  });

  it("prints v3's own answer with --json: the days and summary with no split group around them", async () => {
    const run = await v3Run(['get-analytics', '-o', 'user', ...RANGE, '--json']);
    const [answer] = jsonLines(run.stdout);
    const [v5] = jsonLines((await v5Run(['get-analytics', '-o', 'user', ...RANGE, '--json'])).stdout);
    expect(answer).toEqual((v5 as { all: object }).all);
    expect(Object.keys(answer!)).toEqual(['daily_metrics', 'summary_metrics']);
  });

  it.each(LEVELS)('reads -o %s from the ads v4 delivery metrics, with the numbers v5 prints', async (object, flags, path, idColumn) => {
    const args = ['get-analytics', '-o', object, ...idArgs(flags), ...RANGE, '--metrics', 'SPEND_IN_DOLLAR,CTR'];
    const run = await runPinkit(args, v3Env);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`GET ${sim.url}/ads/v4/advertisers/${tree.adAccountId}/${path}\\?.* -> 200`));
    const v5 = await v5Run(args);
    expect(run.stdout).toBe(v5.stdout.replaceAll('AD_ACCOUNT_ID', 'ADVERTISER_ID'));
    const rows = jsonLines((await v3Run([...args, '--json'])).stdout)[0] as unknown as Array<Record<string, unknown>>;
    expect(rows.map((row) => [row['DATE'], row[idColumn]])).toEqual([day(-2), day(-1), day(0)].map((date) => [date, expect.any(String)]));
    expect(rows[0]).toEqual({
      [idColumn]: expect.any(String),
      DATE: day(-2),
      SPEND_IN_DOLLAR: expect.any(Number),
      CTR: expect.any(Number),
    });
  });

  it('draws charts and writes the table from the v3 answer as from the v5 one', async () => {
    const dir = tempDir('pinkit-v3-charts-');
    const args = (name: string) => ['get-analytics', '-o', 'user', ...RANGE, '--chart', '--csv', join(dir, `${name}.csv`)];
    const run = await v3Run(args('v3'));
    const v5 = await v5Run(args('v5'));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(v5.stdout);
    expect(run.stdout).toMatch(/^IMPRESSION {6}\S{3} {2}total [\d,]+ {2}min /m);
    expect(readFileSync(join(dir, 'v3.csv'), 'utf8')).toBe(readFileSync(join(dir, 'v5.csv'), 'utf8'));
  });

  it.each([
    ['pin', 'get-analytics -o pin: API v3 never had Pin analytics; use -v 5 (get-analytics -o pin -v 5).'],
    [
      'ad_account_user',
      "get-analytics -o ad_account_user: API v3 never had the user analytics of an ad account's owner; " +
        'use -v 5 (get-analytics -o ad_account_user -v 5).',
    ],
  ])('refuses -o %s in one line, exit 2, before any request', async (object, message) => {
    const requests = sim.stats.requests;
    const run = await runPinkit(['get-analytics', '-o', object], v3Env);
    expect([run.code, run.stderr, run.stdout]).toEqual([2, `pinkit: ${message}\n`, '']);
    expect(sim.stats.requests).toBe(requests);
  });

  it.each([
    [['--start-date', '2026-02-30'], 'pinkit: Invalid --start-date: must be a real calendar day as YYYY-MM-DD, got "2026-02-30".'],
    [['--start-date', day(0), '--end-date', day(-1)], `pinkit: Invalid --start-date: ${day(0)} is after --end-date ${day(-1)}.`],
    [
      ['-o', 'ad_account', '--ad-account-id', '1', '--granularity', 'YEAR'],
      'pinkit: Invalid --granularity: "YEAR" is not one of TOTAL, DAY, HOUR, WEEK, MONTH.',
    ],
  ])('checks %j with v3 rules before any request', async (args, message) => {
    const requests = sim.stats.requests;
    const run = await runPinkit(['get-analytics', ...args], v3Env);
    expect([run.code, run.stderr.split('\n')[0]]).toEqual([2, message]);
    expect(sim.stats.requests).toBe(requests);
  });

  it('on a terminal, chooses the ad account, campaign, ad group and ad from the v3 ads tree, as on v5', async () => {
    const args = ['get-analytics', '-o', 'ad', ...RANGE, '--json'];
    const run = await runOnTerminal(args, v3Env, ['1', '1', '1', '1']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`  1. ${tree.adAccountId}  pinkit_demo ads\nWhich ad account? [1-1] `);
    expect(run.stderr).toMatch(/Which campaign\? \[1-2\] .*Which ad group\? \[1-2\] .*Which ad\? \[1-2\] $/s);
    const v5 = await runOnTerminal(args, sim.env(), ['1', '1', '1', '1']);
    expect(run.stderr).toBe(v5.stderr);
    expect(jsonLines(run.stdout)).toEqual(jsonLines(v5.stdout));
  });
});

describe('pinkit analytics-api-example -v 3', () => {
  it('lists the metrics, requests the v3 report, polls it to FINISHED and prints the file v5 prints', async () => {
    const run = await runPinkit(['analytics-api-example', '--ad-account-id', tree.adAccountId, '--json', '-l', '2'], v3Env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`GET ${sim.url}/ads/v3/resources/delivery_metrics/ -> 200`);
    expect(run.stderr).toMatch(
      / delivery metrics are available; the report asks for:\n {2}SPEND_IN_DOLLAR: spend in dollar: dollars, summed/,
    );
    expect(run.stderr).toMatch(
      new RegExp(`POST ${sim.url}/ads/v3/reports/async/${tree.adAccountId}/delivery_metrics/\\?.*level=ADVERTISER.* -> 200`),
    );
    expect(run.stderr).toContain('Report requested (IN_PROGRESS); first poll in 1 s.');
    expect(run.stderr).toContain('Report FINISHED after 2 polls');
    const v5 = await runPinkit(['analytics-api-example', '--ad-account-id', tree.adAccountId, '--json'], sim.env());
    expect(jsonLines(run.stdout)).toEqual(jsonLines(v5.stdout));
    expect(Object.keys(jsonLines(run.stdout)[0]!)).toEqual([tree.adAccountId]);
  });

  it('on a terminal, chooses the ad account from the v3 advertisers', async () => {
    const run = await runOnTerminal(['analytics-api-example', '--json'], v3Env, ['1']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`  1. ${tree.adAccountId}  pinkit_demo ads\nWhich ad account? [1-1] `);
    expect(Object.keys(jsonLines(run.stdout)[0]!)).toEqual([tree.adAccountId]);
  });

  it.each(['FAILED', 'EXPIRED'] as const)('stops on a report that ended %s, in one line, exit 1', async (outcome) => {
    sim.configure({ reportOutcome: outcome });
    const run = await v3Run(['analytics-api-example', '--ad-account-id', tree.adAccountId]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const failures = run.stderr.split('\n').filter((line) => line.startsWith('pinkit:'));
    expect(failures).toEqual([expect.stringMatching(new RegExp(`^pinkit: The report ended ${outcome}: .*; request it again\\.$`))]);
  });
});
