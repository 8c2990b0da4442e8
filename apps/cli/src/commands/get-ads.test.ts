import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
let ids: { account: string; campaigns: string[]; groups: string[]; ads: string[] };
beforeAll(async () => {
  sim = await startSimulator({ boards: 2, pinsPerBoard: 3 });
  const run = await runPinkit(['get-ads', '--json', '-l', '0'], sim.env());
  const lines = jsonLines(run.stdout);
  const of = (kind: string) => lines.filter((line) => line.kind === kind).map((line) => (line.item as { id: string }).id);
  ids = { account: of('ad_account')[0] ?? '', campaigns: of('campaign'), groups: of('ad_group'), ads: of('ad') };
});
afterAll(() => sim.stop());

describe('pinkit get-ads without a terminal', () => {
  it('prints the whole tree, indented, when the input is not a terminal', async () => {
    const run = await runPinkit(['get-ads', '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 2 + 4 + 8);
    expect(lines.slice(0, 4)).toEqual([
      `Ad account ${ids.account}: pinkit_demo ads  [USD, US]`,
      `  Campaign ${ids.campaigns[0]}: Spring collection  [ACTIVE, AWARENESS]`,
      `    Ad group ${ids.groups[0]}: Gardeners  [ACTIVE]`,
      expect.stringMatching(new RegExp(`^      Ad ${ids.ads[0]}: Gardeners ad 1  \\[ACTIVE, pin \\d+\\]$`)),
    ]);
    expect(run.stderr).toBe('');
    expect((await runPinkit(['get-ads', '--all-ads', '-l', '0'], sim.env())).stdout).toBe(run.stdout);
  });

  it('prints one JSON object per line with its kind and parent ids', async () => {
    const lines = jsonLines((await runPinkit(['get-ads', '--json', '-l', '0'], sim.env())).stdout);
    expect(lines.map((line) => line.kind)).toEqual(
      ['ad_account', 'campaign', 'ad_group', 'ad', 'ad', 'ad_group', 'ad', 'ad', 'campaign'].concat([
        'ad_group',
        'ad',
        'ad',
        'ad_group',
        'ad',
        'ad',
      ]),
    );
    expect(lines[3]).toMatchObject({
      kind: 'ad',
      ad_account_id: ids.account,
      campaign_id: ids.campaigns[0],
      ad_group_id: ids.groups[0],
      item: { id: ids.ads[0], ad_group_id: ids.groups[0], name: 'Gardeners ad 1' },
    });
    expect(Object.keys(lines[0] ?? {})).toEqual(['kind', 'item']);
  });

  it('narrows the walk to the branch the ids name, printing the entities above it', async () => {
    const campaign = ['--ad-account-id', ids.account, '--campaign-id', ids.campaigns[1] ?? ''];
    const run = await runPinkit(['get-ads', ...campaign, '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.trim().replace(/ \d+:.*$/, '')),
    ).toEqual(['Ad account', 'Campaign', 'Ad group', 'Ad', 'Ad', 'Ad group', 'Ad', 'Ad']);
    expect(run.stdout).toContain('Evergreen traffic');
    expect(run.stdout).not.toContain('Spring collection');
    const oneAd = [...campaign, '--ad-group-id', ids.groups[3] ?? '', '--ad-id', ids.ads[7] ?? '', '--json', '-l', '0'];
    const lines = jsonLines((await runPinkit(['get-ads', ...oneAd], sim.env())).stdout);
    expect(lines.map((line) => (line.item as { id: string }).id)).toEqual([ids.account, ids.campaigns[1], ids.groups[3], ids.ads[7]]);
  });

  it('refuses an id without the ids above it, or one that is not digits, before any request (exit 2)', async () => {
    const requests = sim.stats.requests;
    const cases: Array<[string[], string]> = [
      [['--campaign-id', '1'], '--campaign-id needs --ad-account-id'],
      [['--ad-account-id', '1', '--ad-group-id', '2'], '--ad-group-id needs --campaign-id'],
      [['--ad-account-id', '1', '--campaign-id', '2', '--ad-id', '3'], '--ad-id needs --ad-group-id'],
      [['--ad-account-id', '12ab'], '--ad-account-id must be a Pinterest id: digits only (was "12ab").'],
      [['--ad-account-id', '1', '--campaign-id', '1/../2'], '--campaign-id must be a Pinterest id'],
      [['--ad-account-id', '1'.repeat(19)], '--ad-account-id must be a Pinterest id'],
    ];
    for (const [args, message] of cases) {
      const run = await runPinkit(['get-ads', ...args], sim.env());
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(run.stderr).toMatch(new RegExp(`^pinkit: ${message.replace(/[.()]/g, '\\$&')}.*\n$`));
    }
    expect(sim.stats.requests).toBe(requests);
  });

  it('names an id the account does not list, and refuses an ad account that is not the user’s (exit 1)', async () => {
    const missing = await runPinkit(
      ['get-ads', '--ad-account-id', ids.account, '--campaign-id', '626000000000000999', '-l', '0'],
      sim.env(),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`pinkit: No active or paused campaign 626000000000000999 in ad account ${ids.account}.\n`);
    const other = await runPinkit(['get-ads', '--ad-account-id', ids.account, '-l', '0'], {
      ...sim.env(),
      ACCESS_TOKEN: sim.env().TARGET_ACCESS_TOKEN,
    });
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/^pinkit: .*not permitted/i);
  });

  it('says so when the user has no ad accounts', async () => {
    const run = await runPinkit(['get-ads'], { ...sim.env(), ACCESS_TOKEN: sim.env().TARGET_ACCESS_TOKEN });
    expect([run.code, run.stdout]).toEqual([0, '(no ad accounts)\n']);
  });
});
