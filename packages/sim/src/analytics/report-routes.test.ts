import type { AdAccount } from '@pinkit/api-v5';
import { beforeEach, describe, expect, it } from 'vitest';
import { SimulatorOptionsError } from '../simulator-options-error.js';
import { startSimulator } from '../start-simulator.js';
import { simApi, tokenOf, walkPages, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

let now = Date.UTC(2026, 2, 15, 12);
type Status = { report_status: string; url: string | null; size: number | null };

describe('asynchronous reports', () => {
  const sim = useSimulator({ boards: 1, pinsPerBoard: 4, now: () => now });
  let base = '';
  beforeEach(async () => {
    now = Date.UTC(2026, 2, 15, 12);
    const [account] = (await walkPages<AdAccount>(simApi(sim()), '/v5/ad_accounts')).items;
    base = `/v5/ad_accounts/${account?.id ?? ''}/reports`;
  });

  const request = {
    start_date: '2026-03-01',
    end_date: '2026-03-03',
    granularity: 'DAY',
    level: 'CAMPAIGN',
    columns: ['CAMPAIGN_ID', 'SPEND_IN_DOLLAR'],
  };

  async function create(body: object = request): Promise<string> {
    const created = await simApi(sim()).post<{ report_status: string; token: string }>(base, body);
    expect(created.status).toBe(200);
    expect(created.body.report_status).toBe('IN_PROGRESS');
    return created.body.token;
  }
  const poll = async (token: string) => (await simApi(sim()).get<Status>(`${base}?token=${token}`)).body;

  it('moves IN_PROGRESS -> FINISHED and serves a JSON file keyed by entity, without a bearer token', async () => {
    const token = await create();
    expect(await poll(token)).toEqual({ report_status: 'IN_PROGRESS', url: null, size: null });
    const done = await poll(token);
    expect(done.report_status).toBe('FINISHED');
    // Signed like the storage link behind the real one.
    expect(done.url).toMatch(new RegExp(`^${sim().url}/report-files/${token}\\.json\\?X-Amz-Algorithm=.*&X-Amz-Signature=[0-9a-f]+$`));
    const response = await fetch(done.url ?? '');
    const text = await response.text();
    expect([response.status, response.headers.get('content-type'), Buffer.byteLength(text)]).toEqual([200, 'application/json', done.size]);
    const file = JSON.parse(text) as Record<string, Array<Record<string, unknown>>>;
    expect(Object.keys(file)).toHaveLength(2);
    for (const [campaignId, rows] of Object.entries(file)) {
      expect(rows.map((row) => row['DATE'])).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
      expect(rows[0]).toMatchObject({ CAMPAIGN_ID: campaignId });
    }
  });

  it('serves CSV with a header line when report_format is CSV', async () => {
    const token = await create({
      ...request,
      granularity: 'TOTAL',
      report_format: 'CSV',
      columns: ['CAMPAIGN_NAME', 'TOTAL_CLICKTHROUGH'],
    });
    await poll(token);
    const { url } = await poll(token);
    const response = await fetch(url ?? '');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).toBe('CAMPAIGN_NAME,TOTAL_CLICKTHROUGH');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Spring collection', 'Evergreen traffic']);
  });

  it.each(['FAILED', 'EXPIRED', 'CANCELLED'] as const)('ends %s when the reportOutcome knob says so', async (outcome) => {
    sim().configure({ reportOutcome: outcome });
    const token = await create();
    expect((await poll(token)).report_status).toBe('IN_PROGRESS');
    expect(await poll(token)).toEqual({ report_status: outcome, url: null, size: null });
  });

  it('refuses an unknown reportOutcome, leaving the knob as it was', async () => {
    expect(() => sim().configure({ reportOutcome: 'DONE' as 'FAILED' })).toThrow(
      'reportOutcome must be one of FINISHED, FAILED, EXPIRED, CANCELLED, not a string of 4 characters.',
    );
    await expect(startSimulator({ reportOutcome: 'LATE' as 'FAILED' })).rejects.toThrow(SimulatorOptionsError);
    const token = await create();
    await poll(token);
    expect((await poll(token)).report_status).toBe('FINISHED');
  });

  it('answers DOES_NOT_EXIST for an unknown token, and EXPIRED an hour after the request', async () => {
    expect((await poll('nope')).report_status).toBe('DOES_NOT_EXIST');
    const token = await create();
    now += 61 * 60_000;
    expect((await poll(token)).report_status).toBe('EXPIRED');
  });

  it('lets the download link lapse after five minutes', async () => {
    const token = await create();
    await poll(token);
    const { url } = await poll(token);
    now += 6 * 60_000;
    const response = await fetch(url ?? '');
    expect([response.status, await response.text()]).toEqual([403, 'AccessDenied: Request has expired.\n']);
  });

  it.each([
    [{ granularity: 'HOUR', start_date: '2026-03-10', end_date: '2026-03-14' }, 'end_date cannot be more than 3 days past start_date'],
    [{ start_date: '2025-09-01', end_date: '2026-03-14' }, 'end_date cannot be more than 186 days past start_date'],
    [{ start_date: '2023-09-01', end_date: '2023-09-02' }, '914 days back'],
    [{ end_date: '2026-02-31' }, "'end_date' must be a date"],
    [{ level: 'CAMPAIGNS' }, "'CAMPAIGNS' is not a valid value for 'level'"],
    [{ level: 'KEYWORD' }, 'the simulator serves the levels'],
    [{ columns: ['SPEND'] }, "'SPEND' is not a valid value for 'columns'"],
    [{ report_format: 'XLSX' }, "'XLSX' is not a valid value for 'report_format'"],
  ])('refuses %o with a 400', async (change, message) => {
    const reply = await simApi(sim()).post<ErrorBody>(base, { ...request, ...change });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toContain(message);
  });

  it("refuses another user's ad account with 403", async () => {
    const reply = await simApi(sim(), tokenOf(sim(), 1)).post<ErrorBody>(base, request);
    expect([reply.status, reply.body.code]).toEqual([403, 29]);
  });
});
