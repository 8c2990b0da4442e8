import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client } from '@pinkit/api-v5';
import { tempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstAdsBranch, type AdsTree } from '../test-support/ads-tree.js';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { runOnTerminal } from '../test-support/run-on-terminal.js';

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + offset * DAY_MS).toISOString().slice(0, 10);

let sim: Simulator;
let tree: AdsTree;
let pinId: string;
beforeAll(async () => {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 4 });
  tree = await firstAdsBranch(sim);
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  for await (const pin of client.pins.listAll()) {
    pinId = pin.id as string;
    break;
  }
});
afterAll(() => sim.stop());

const ids = () => [
  '--ad-account-id',
  tree.adAccountId,
  '--campaign-id',
  tree.campaignId,
  '--ad-group-id',
  tree.adGroupId,
  '--ad-id',
  tree.adId,
];

describe('pinkit get-analytics', () => {
  it("reads the user's IMPRESSION and PIN_CLICK_RATE for the last 30 days by default", async () => {
    const run = await runPinkit(['get-analytics', '--json'], sim.env());
    expect(run.code).toBe(0);
    const [answer] = jsonLines(run.stdout) as Array<{ all: { daily_metrics: Array<{ date: string; metrics: object }> } }>;
    const days = answer!.all.daily_metrics;
    expect([days.length, days[0]?.date, days.at(-1)?.date]).toEqual([31, day(-30), day(0)]);
    expect(Object.keys(days[0]!.metrics)).toEqual(['IMPRESSION', 'PIN_CLICK_RATE']);
    expect(run.stderr).toMatch(/GET .*\/v5\/user_account\/analytics\?start_date=.* -> 200/);
  });

  it('prints a line per day and a summary for people', async () => {
    const run = await runPinkit(
      ['get-analytics', '-o', 'user', '--start-date', day(-1), '--end-date', day(0), '--metrics', 'save,impression', '-l', '0'],
      sim.env(),
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^${day(-1)}  SAVE \\d+  IMPRESSION \\d+$`));
    expect(lines[2]).toMatch(/^Summary  SAVE \d+  IMPRESSION \d+$/);
  });

  it('reads a Pin with its metrics, and the user analytics of an ad account owner', async () => {
    const pin = await runPinkit(
      ['get-analytics', '-o', 'pin', '--pin-id', pinId, '--metrics', 'IMPRESSION,TOTAL_COMMENTS', '--json', '-l', '0'],
      sim.env(),
    );
    expect(pin.code).toBe(0);
    expect(jsonLines(pin.stdout)[0]).toMatchObject({ all: { lifetime_metrics: { TOTAL_COMMENTS: expect.any(Number) } } });
    const owner = await runPinkit(['get-analytics', '-o', 'ad_account_user', '--ad-account-id', tree.adAccountId, '--json'], sim.env());
    expect(owner.code).toBe(0);
    expect(owner.stderr).toContain(`ad_account_id=${tree.adAccountId}`);
  });

  it.each([
    ['ad_account', 'AD_ACCOUNT_ID', 2],
    ['campaign', 'CAMPAIGN_ID', 4],
    ['ad_group', 'AD_GROUP_ID', 6],
    ['ad', 'AD_ID', 8],
  ] as const)('reads -o %s with SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH by DAY by default', async (object, idColumn, idCount) => {
    const run = await runPinkit(
      ['get-analytics', '-o', object, ...ids().slice(0, idCount), '--start-date', day(-2), '--json', '-l', '0'],
      sim.env(),
    );
    expect(run.code).toBe(0);
    const [rows] = jsonLines(run.stdout) as unknown as Array<Array<Record<string, unknown>>>;
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows![0]!)).toEqual([idColumn, 'DATE', 'SPEND_IN_DOLLAR', 'TOTAL_CLICKTHROUGH']);
  });

  it('takes --granularity and --metrics for the ads objects, printing a line per row', async () => {
    const args = [
      'get-analytics',
      '-o',
      'campaign',
      ...ids().slice(0, 4),
      '--start-date',
      day(-2),
      '--granularity',
      'total',
      '--metrics',
      'CTR',
      '-l',
      '0',
    ];
    const run = await runPinkit(args, sim.env());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^TOTAL  CAMPAIGN_ID ${tree.campaignId}  CTR [0-9.]+\\n$`));
  });

  it('writes --output as JSON, and leaves an older file alone when the request fails', async () => {
    const file = join(tempDir('pinkit-analytics-'), 'analytics_output.json');
    const run = await runPinkit(['get-analytics', '-o', 'ad_account', '--ad-account-id', tree.adAccountId, '--output', file], sim.env());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Analytics written to ${file}.`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(31);
    writeFileSync(file, 'older');
    const denied = await runPinkit(['get-analytics', '-o', 'ad_account', '--ad-account-id', '1', '--output', file, '-l', '0'], sim.env());
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/^pinkit: Permission denied/);
    expect(readFileSync(file, 'utf8')).toBe('older');
  });

  it.each([
    [['-o', 'pin'], '--pin-id'],
    [['-o', 'ad_account_user'], '--ad-account-id'],
    [['-o', 'ad_account'], '--ad-account-id'],
    [['-o', 'ad', '--ad-account-id', '1', '--campaign-id', '2'], '--ad-group-id'],
  ])('without a terminal, refuses %j with exit 2 naming the missing flag, before any request', async (args, flag) => {
    const requests = sim.stats.requests;
    const run = await runPinkit(['get-analytics', ...args], sim.env());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`pinkit: Missing ${flag}: the input is not a terminal to choose on.\n`);
    expect(sim.stats.requests).toBe(requests);
  });

  it.each([
    [['--start-date', '2026-02-30'], 'pinkit: Invalid --start-date: must be a real calendar day as YYYY-MM-DD, got "2026-02-30".'],
    [['--start-date', day(0), '--end-date', day(-1)], `pinkit: Invalid --start-date: ${day(0)} is after --end-date ${day(-1)}.`],
    [
      ['--start-date', day(-91)],
      `pinkit: Invalid --start-date: ${day(-91)} is more than 90 days back from today; the earliest is ${day(-90)}.`,
    ],
    [['--metrics', 'CLICKS'], /^pinkit: Invalid --metrics: "CLICKS" is not one of ENGAGEMENT, /],
    [['--metrics', 'SAVE,,IMPRESSION'], /^pinkit: Invalid --metrics: "SAVE,,IMPRESSION" has an empty item/],
    [['--granularity', 'DAY'], 'pinkit: --granularity is for the ads objects; -o user is by day.'],
    [
      ['-o', 'ad_account', '--ad-account-id', '1', '--granularity', 'DAILY'],
      /^pinkit: Invalid --granularity: "DAILY" is not one of TOTAL, DAY, HOUR, WEEK, MONTH\.$/,
    ],
    [
      ['-o', 'ad_account', '--ad-account-id', '1', '--granularity', 'HOUR', '--start-date', day(-9)],
      /Invalid --start-date: .* more than 8 days back/,
    ],
    [
      ['-o', 'campaign', '--ad-account-id', '1', '--campaign-id', '2', '--granularity', 'HOUR', '--start-date', day(-5)],
      /^pinkit: Invalid --end-date: .* 5 days past --start-date; at most 3/,
    ],
    [['-o', 'campaign', '--ad-account-id', '1', '--campaign-id', 'abc'], 'pinkit: Invalid --campaign-id: "abc" is not a numeric id.'],
    [
      ['-o', 'campaign', '--campaign-id', '2'],
      'pinkit: --campaign-id needs --ad-account-id too: an id at one level needs the ids above it.',
    ],
    [['-o', 'user', '--pin-id', '2'], 'pinkit: --pin-id is not used with -o user.'],
    [['-o', 'board'], /^pinkit: Invalid value for -o: expected one of "user", "pin"/],
  ])('refuses %j in one line with exit 2, before any request', async (args, message) => {
    const requests = sim.stats.requests;
    const run = await runPinkit(['get-analytics', ...args], sim.env());
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(
      typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message,
    );
    expect(sim.stats.requests).toBe(requests);
  });

  it('on a terminal, asks which ad account when --ad-account-id is left out', async () => {
    const run = await runOnTerminal(['get-analytics', '-o', 'ad_account', '--start-date', day(-1), '--json'], sim.env(), ['7', '1']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`  1. ${tree.adAccountId}  pinkit_demo ads\n`);
    expect(run.stderr).toContain('Please type a number from 1 to 1.');
    expect(jsonLines(run.stdout)[0]).toEqual(expect.arrayContaining([expect.objectContaining({ AD_ACCOUNT_ID: tree.adAccountId })]));
  });

  it('on a terminal, asks which Pin when --pin-id is left out, and gives up when nothing is chosen', async () => {
    const run = await runOnTerminal(['get-analytics', '-o', 'pin', '--start-date', day(0), '--json'], sim.env(), ['1']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Which Pin\? \[1-\d+\] /);
    const none = await runOnTerminal(['get-analytics', '-o', 'ad_account', '--json'], sim.env(), ['']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('pinkit: No ad account chosen; give --ad-account-id.');
  });
});
