import type { AdAccount } from '@pinkit/api-v5';
import { beforeEach, describe, expect, it } from 'vitest';
import { simApi, walkPages } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';
import { type Envelope, v3Api } from '../test-support/v3-api.js';

type State = { report_status: string; url: string | null; size: number | null };

let now = Date.UTC(2026, 2, 15, 12);
const ATTRIBUTES = 'start_date=2026-03-01&end_date=2026-03-03&level=CAMPAIGN&metrics=IMPRESSION_1,CLICKTHROUGH_1';

describe("v3's asynchronous delivery-metrics report", () => {
  const sim = useSimulator({ boards: 1, pinsPerBoard: 2, now: () => now });
  const v3 = () => v3Api(sim());
  let base = '';
  beforeEach(async () => {
    now = Date.UTC(2026, 2, 15, 12);
    const [account] = (await walkPages<AdAccount>(simApi(sim()), '/v5/ad_accounts')).items;
    base = `/ads/v3/reports/async/${account?.id ?? ''}/delivery_metrics/`;
  });

  async function request(attributes = ATTRIBUTES): Promise<string> {
    const reply = await v3().call<Envelope<{ token: string }>>('POST', `${base}?${attributes}`);
    expect([reply.status, reply.body.status]).toEqual([200, 'success']);
    return reply.body.data?.token ?? '';
  }
  const poll = async (token: string) => (await v3().get<Envelope<State>>(`${base}?token=${token}`)).body.data;

  it('lists the delivery metrics with a definition each, IMPRESSION_1 and CLICKTHROUGH_1 among them', async () => {
    const reply = await v3().get<Envelope<{ metrics: Array<{ name: string; definition: string }> }>>('/ads/v3/resources/delivery_metrics/');
    const metrics = reply.body.data?.metrics ?? [];
    expect(metrics.map((metric) => metric.name)).toEqual(expect.arrayContaining(['IMPRESSION_1', 'CLICKTHROUGH_1', 'SPEND_IN_DOLLAR']));
    expect(metrics.find((metric) => metric.name === 'CTR')?.definition).toBe('ctr: a rate, averaged over a period.');
    expect(metrics.some((metric) => metric.name.endsWith('_ID'))).toBe(false);
  });

  it('moves IN_PROGRESS -> FINISHED and serves the JSON file v5 would, without a bearer token', async () => {
    const token = await request();
    expect(await poll(token)).toEqual({ report_status: 'IN_PROGRESS', url: null, size: null });
    const done = await poll(token);
    expect(done?.report_status).toBe('FINISHED');
    const text = await (await fetch(done?.url ?? '')).text();
    const file = JSON.parse(text) as Record<string, Array<Record<string, unknown>>>;
    const v5 = await simApi(sim()).post<{ token: string }>(
      base.replace(/^\/ads\/v3\/reports\/async\/(\d+)\/.*$/, '/v5/ad_accounts/$1/reports'),
      {
        start_date: '2026-03-01',
        end_date: '2026-03-03',
        granularity: 'DAY',
        level: 'CAMPAIGN',
        columns: ['IMPRESSION_1', 'CLICKTHROUGH_1'],
      },
    );
    const v5Base = base.replace(/^\/ads\/v3\/reports\/async\/(\d+)\/.*$/, '/v5/ad_accounts/$1/reports');
    await simApi(sim()).get(`${v5Base}?token=${v5.body.token}`);
    const v5Done = await simApi(sim()).get<State>(`${v5Base}?token=${v5.body.token}`);
    expect(file).toEqual(JSON.parse(await (await fetch(v5Done.body.url ?? '')).text()));
  });

  // The quickstart's v3 report request sends its filters as URL-encoded JSON in the query string.
  it('accepts filters as URL-encoded JSON in the query', async () => {
    const filters = JSON.stringify([{ field: 'CAMPAIGN_STATUS', operator: 'IN', values: ['ACTIVE'] }]);
    expect(await request(`${ATTRIBUTES}&filters=${encodeURIComponent(filters)}`)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('serves CSV when report_format=csv, with entity fields before the metrics', async () => {
    const token = await request(`${ATTRIBUTES}&report_format=csv&granularity=TOTAL&entity_fields=CAMPAIGN_NAME`);
    await poll(token);
    const { url } = (await poll(token)) ?? { url: null };
    expect(url).toMatch(/\.csv\?X-Amz-Algorithm=/);
    const lines = (await (await fetch(url ?? '')).text()).trim().split('\n');
    expect(lines[0]).toBe('CAMPAIGN_NAME,IMPRESSION_1,CLICKTHROUGH_1');
  });

  it.each(['FAILED', 'EXPIRED', 'CANCELLED'] as const)('ends %s when the reportOutcome knob says so', async (outcome) => {
    sim().configure({ reportOutcome: outcome });
    const token = await request();
    await poll(token);
    expect(await poll(token)).toEqual({ report_status: outcome, url: null, size: null });
  });

  it('answers DOES_NOT_EXIST for an unknown token', async () => {
    expect((await poll('nope'))?.report_status).toBe('DOES_NOT_EXIST');
  });

  it.each([
    ['start_date=2026-03-01&end_date=2026-03-03&metrics=IMPRESSION_1', "'' is not a valid value for 'level'"],
    ['start_date=2026-03-01&end_date=2026-03-03&level=CAMPAIGN', "'metrics' is required"],
    ['start_date=2026-03-04&end_date=2026-03-03&level=CAMPAIGN&metrics=IMPRESSION_1', 'start_date must be on or before end_date'],
    [`${ATTRIBUTES}&report_format=CSV`, "'CSV' is not a valid value for 'report_format'"],
    [`${ATTRIBUTES}&view_window_days=3`, "'3' is not a valid value for 'view_window_days'"],
    [`${ATTRIBUTES}&data_source=LIVE`, "'LIVE' is not a valid value for 'data_source'"],
    [`${ATTRIBUTES}&tag_version=4`, "'4' is not a valid value for 'tag_version'"],
    [`${ATTRIBUTES}&filters=nope`, "'filters' must be a JSON list"],
    ['start_date=2026-03-01&end_date=2026-03-03&level=KEYWORD&metrics=IMPRESSION_1', 'the simulator serves the levels'],
  ])('refuses %s with a v3 failure', async (attributes, message) => {
    const reply = await v3().call<Envelope<never>>('POST', `${base}?${attributes}`);
    expect([reply.status, reply.body.status, reply.body.code]).toEqual([400, 'failure', 1]);
    expect(reply.body.message).toContain(message);
  });
});
