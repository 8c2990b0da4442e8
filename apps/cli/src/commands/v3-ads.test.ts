import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnTerminal } from '../test-support/run-on-terminal.js';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

// get-businesses, get-ads and ads-report on API v3 against the simulator, which serves v3's ads
// tree and linked businesses from the records v5 serves: each output is compared with v5's.

let sim: Simulator;
/** The environment with the v3 token where the quickstart reads it, and v3 chosen as it would choose it. */
let v3Env: Record<string, string>;
let ids: { account: string; campaigns: string[]; groups: string[]; ads: string[] };
beforeAll(async () => {
  sim = await startSimulator({ boards: 2, pinsPerBoard: 3 });
  v3Env = { ...sim.env(), ACCESS_TOKEN: sim.env().V3_ACCESS_TOKEN!, PINTEREST_API_VERSION: '3' };
  const lines = jsonLines((await runPinkit(['get-ads', '--json', '-l', '0'], sim.env())).stdout);
  const of = (kind: string) => lines.filter((line) => line.kind === kind).map((line) => (line.item as { id: string }).id);
  ids = { account: of('ad_account')[0] ?? '', campaigns: of('campaign'), groups: of('ad_group'), ads: of('ad') };
});
afterAll(() => sim.stop());

const v5Run = (args: string[]) => runPinkit([...args, '-l', '0'], sim.env());
const v3Run = (args: string[], env: Record<string, string> = {}) => runPinkit([...args, '-l', '0'], { ...v3Env, ...env });

describe('get-businesses on -v 3', () => {
  it('prints the lines v5 prints, from GET /v3/users/me/businesses/', async () => {
    const run = await runPinkit(['get-businesses'], v3Env);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`GET ${sim.url}/v3/users/me/businesses/ -> 200`));
    expect(run.stdout).toBe((await v5Run(['get-businesses'])).stdout);
    expect(run.stdout).toBe('pinkit_demo_shop  https://i.pinimg.com/140x140_RS/pinkit_demo_shop.jpg\n1 linked business.\n');
    const none = await v3Run(['get-businesses'], { ACCESS_TOKEN: sim.env().V3_TARGET_ACCESS_TOKEN! });
    expect([none.code, none.stdout]).toEqual([0, '0 linked businesses.\n']);
  });

  it("prints v3's own business objects with --json", async () => {
    const run = await v3Run(['get-businesses', '--json']);
    expect(run.code).toBe(0);
    const [business, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(business).toEqual({
      id: expect.stringMatching(/^\d+$/) as unknown,
      username: 'pinkit_demo_shop',
      full_name: 'pinkit_demo_shop',
      profile_url: 'https://www.pinterest.com/pinkit_demo_shop/',
      image_large_url: 'https://i.pinimg.com/140x140_RS/pinkit_demo_shop.jpg',
    });
  });

  it("says in one line that v3 refused a token without read_advertisers (v3's 400)", async () => {
    const demo = sim.users[0]?.id ?? '';
    const run = await v3Run(['get-businesses'], { ACCESS_TOKEN: sim.issueToken(demo, ['read_users']) });
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toMatch(
      /^pinkit: GET \S+\/v3\/users\/me\/businesses\/ failed with 400: .*Missing: read_advertisers\. \(request id \w+\)\n$/,
    );
  });
});

describe('get-ads on -v 3', () => {
  it('prints the tree v5 prints, walking advertisers, campaigns, ad groups and pin promotions', async () => {
    const run = await runPinkit(['get-ads', '--all-ads'], v3Env);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await v5Run(['get-ads', '--all-ads'])).stdout);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1 + 2 + 4 + 8);
    const requests = run.stderr.split('\n').flatMap((line) => /GET \S+?(\/(?:ads\/)?v3\/[^?\s]*)/.exec(line)?.[1] ?? []);
    expect(requests.slice(0, 4)).toEqual([
      '/v3/users/me/',
      '/ads/v3/advertisers/',
      `/ads/v3/advertisers/${ids.account}/campaigns/`,
      `/ads/v3/campaigns/${ids.campaigns[0]}/ad_groups/`,
    ]);
    expect(requests).toContain(`/ads/v3/ad_groups/${ids.groups[3]}/pin_promotions/`);
    expect(requests).toHaveLength(1 + 1 + 1 + 2 + 4);
  });

  it("prints v3's objects with --json, with the kinds and parent ids of v5's lines", async () => {
    const lines = jsonLines((await v3Run(['get-ads', '--json'])).stdout);
    const v5Lines = jsonLines((await v5Run(['get-ads', '--json'])).stdout);
    const outline = (line: Record<string, unknown>) => ({ ...line, item: (line.item as { id: string }).id });
    expect(lines.map(outline)).toEqual(v5Lines.map(outline));
    expect(lines[0]?.item).toMatchObject({ id: ids.account, owner_user_id: sim.users[0]?.id, currency: 'USD' });
    expect(lines[3]).toEqual({
      kind: 'ad',
      ad_account_id: ids.account,
      campaign_id: ids.campaigns[0],
      ad_group_id: ids.groups[0],
      item: expect.objectContaining({
        id: ids.ads[0],
        advertiser_id: ids.account,
        ad_group_id: ids.groups[0],
        name: 'Gardeners ad 1',
      }) as unknown,
    });
    expect(lines[3]?.item).not.toHaveProperty('ad_account_id');
  });

  it('narrows the walk to the branch the id flags name, as on v5', async () => {
    const campaign = ['--ad-account-id', ids.account, '--campaign-id', ids.campaigns[1] ?? ''];
    const run = await v3Run(['get-ads', ...campaign]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await v5Run(['get-ads', ...campaign])).stdout);
    expect(run.stdout).toContain('Evergreen traffic');
    expect(run.stdout).not.toContain('Spring collection');
    const oneAd = [...campaign, '--ad-group-id', ids.groups[3] ?? '', '--ad-id', ids.ads[7] ?? '', '--json'];
    const lines = jsonLines((await v3Run(['get-ads', ...oneAd])).stdout);
    expect(lines.map((line) => (line.item as { id: string }).id)).toEqual([ids.account, ids.campaigns[1], ids.groups[3], ids.ads[7]]);
  });

  it('names an id the tree does not have in one line, exit 1', async () => {
    const missing = await v3Run(['get-ads', '--ad-account-id', ids.account, '--campaign-id', '626000000000000999']);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      `pinkit: No active or paused campaign 626000000000000999 in ad account ${ids.account}.\n`,
    ]);
    const group = ['--ad-account-id', ids.account, '--campaign-id', ids.campaigns[0] ?? '', '--ad-group-id', ids.groups[3] ?? ''];
    const elsewhere = await v3Run(['get-ads', ...group]);
    expect([elsewhere.code, elsewhere.stderr]).toEqual([
      1,
      `pinkit: No active or paused ad group ${ids.groups[3]} in campaign ${ids.campaigns[0]}.\n`,
    ]);
    const account = await v3Run(['get-ads', '--ad-account-id', '549755885175']);
    expect([account.code, account.stdout, account.stderr]).toEqual([
      1,
      '',
      "pinkit: Ad account 549755885175 is not one of the user's ad accounts.\n",
    ]);
  });

  it('says so when the user has no ad accounts, and names the scope a v5 token lacks', async () => {
    const none = await v3Run(['get-ads'], { ACCESS_TOKEN: sim.env().V3_TARGET_ACCESS_TOKEN! });
    expect([none.code, none.stdout]).toEqual([0, '(no ad accounts)\n']);
    const v5Token = await v3Run(['get-ads'], { ACCESS_TOKEN: sim.env().ACCESS_TOKEN! });
    expect(v5Token.code).toBe(1);
    expect(v5Token.stderr).toMatch(/^pinkit: Permission denied - .*Missing: read_users\..*\n$/);
  });

  it('asks which branch to descend on a terminal, with the prompts and lines of v5', async () => {
    const run = await runOnTerminal(['get-ads'], v3Env, ['1', '2', '1']);
    const v5 = await runOnTerminal(['get-ads'], sim.env(), ['1', '2', '1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(v5.stdout);
    expect(run.stderr).toBe(v5.stderr);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(7);
    const all = await runOnTerminal(['get-ads', '--ad-account-id', ids.account], v3Env, ['a']);
    expect(all.stdout.trimEnd().split('\n')).toHaveLength(1 + 2 + 2 + 4 + 8);
    expect(all.stderr).toBe('Which campaign? [1-2, a = all, q = quit] ');
  });
});

describe('ads-report on -v 3', () => {
  it('refuses in one line, exit 2, pointing at analytics-api-example -v 3, before any request', async () => {
    const requests = sim.stats.requests;
    const run = await runPinkit(['ads-report', '--ad-account-id', ids.account], v3Env);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      "pinkit: ads-report: API v3 never had this command; use analytics-api-example -v 3 (v3's asynchronous delivery-metrics report).\n",
    );
    const sandbox = await runPinkit(['get-ads', '--sandbox'], v3Env);
    expect([sandbox.code, sandbox.stderr]).toEqual([
      2,
      "pinkit: Pinterest's API sandbox serves v5 only; leave out --sandbox (or PINTEREST_SANDBOX) with -v 3.\n",
    ]);
    expect(sim.stats.requests).toBe(requests);
  });
});
