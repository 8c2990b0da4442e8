import { describe, expect, it } from 'vitest';
import { createV3Client } from './create-v3-client.js';
import { ApiError, MissingAttributeError, ReportFailedError, ReportTimeoutError } from './index.js';

type Answer = { status?: number; body: unknown; raw?: string };
type Route = (url: URL, headers: Headers) => Answer;

function transport(routes: Record<string, Route>) {
  const calls: Array<{ method: string; url: URL; headers: Headers }> = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    calls.push({ method, url, headers });
    const route = routes[`${method} ${url.pathname}`];
    const answer = route ? route(url, headers) : { status: 404, body: { status: 'failure', code: 404, message: 'Not found' } };
    const type = answer.raw === undefined ? 'application/json' : 'text/csv';
    return new Response(answer.raw ?? JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'content-type': type } });
  }) as typeof fetch;
  return { calls, client: createV3Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false }) };
}

const ok = (data: unknown) => ({ body: { status: 'success', code: 0, data, message: 'ok' } });
const range = { start_date: '2021-03-01', end_date: '2021-03-31' };
const attributes = { start_date: '2021-03-01', end_date: '2021-03-31', level: 'ADVERTISER' as const, metrics: ['IMPRESSION_1'] };
const REPORT = '/ads/v3/reports/async/55/delivery_metrics/';

/** A clock that only moves when the report waits. */
function fakeTime() {
  let now = 0;
  const waits: number[] = [];
  return { waits, now: () => now, sleep: async (ms: number) => void (waits.push(ms), (now += ms)) };
}

describe('client.analytics', () => {
  it('reads the user metrics at /v3/partners/analytics/users/{user}/metrics/ with lists comma-separated', async () => {
    const { calls, client } = transport({
      'GET /v3/partners/analytics/users/7/metrics/': () => ok({ daily_metrics: [{ date: '2021-03-01', metrics: { IMPRESSION: 4 } }] }),
    });
    const answer = await client.analytics.getUserMetrics('7', { ...range, metric_types: ['IMPRESSION', 'SAVE'], paid: 0 });
    expect(answer.daily_metrics[0]?.metrics).toEqual({ IMPRESSION: 4 });
    expect(calls[0]?.url.search).toBe('?start_date=2021-03-01&end_date=2021-03-31&metric_types=IMPRESSION%2CSAVE&paid=0');
  });

  it('reads a campaign of ads v4 delivery metrics with campaign_ids and columns', async () => {
    const { calls, client } = transport({
      'GET /ads/v4/advertisers/55/campaigns/delivery_metrics': () => ok([{ CAMPAIGN_ID: '9', CTR: 0.1 }]),
    });
    const rows = await client.analytics.getCampaignMetrics('55', ['9'], {
      ...attributes,
      granularity: 'DAY',
      columns: ['CTR', 'SPEND_IN_DOLLAR'],
    });
    expect(rows).toEqual([{ CAMPAIGN_ID: '9', CTR: 0.1 }]);
    expect(calls[0]?.url.searchParams.get('campaign_ids')).toBe('9');
    expect(calls[0]?.url.searchParams.get('columns')).toBe('CTR,SPEND_IN_DOLLAR');
  });

  it('sends nothing when an attribute is missing', async () => {
    const { calls, client } = transport({});
    await expect(client.analytics.getAdMetrics('55', ['1'], { ...range, granularity: 'DAY', columns: [] })).rejects.toBeInstanceOf(
      MissingAttributeError,
    );
    expect(calls).toEqual([]);
  });
});

describe('client.reports', () => {
  it('lists the delivery metrics from data.metrics', async () => {
    const { client } = transport({
      'GET /ads/v3/resources/delivery_metrics/': () => ok({ metrics: [{ name: 'IMPRESSION_1', definition: 'Paid impressions' }] }),
    });
    expect(await client.reports.listDeliveryMetrics()).toEqual([{ name: 'IMPRESSION_1', definition: 'Paid impressions' }]);
  });

  it('requests a report with its attributes in the query, polls 1 s doubling, and downloads the file without the token', async () => {
    let polls = 0;
    const { calls, client } = transport({
      [`POST ${REPORT}`]: () => ok({ token: 'tok' }),
      [`GET ${REPORT}`]: () =>
        ok(++polls < 3 ? { report_status: 'IN_PROGRESS' } : { report_status: 'FINISHED', url: 'http://files.test/r.csv' }),
      'GET /r.csv': () => ({ body: null, raw: 'DATE,IMPRESSION_1\n2021-03-01,4\n' }),
    });
    const time = fakeTime();
    const progress: string[] = [];
    const report = await client.reports.runDeliveryMetricsReport(
      '55',
      { ...attributes, report_format: 'csv', filters: [{ field: 'SPEND_IN_DOLLAR', operator: 'GREATER_THAN', values: [1] }] },
      { ...time, onProgress: (event) => progress.push(`${event.polls} ${event.status} ${event.nextPollMs ?? '-'}`) },
    );
    expect(report).toEqual({ token: 'tok', url: 'http://files.test/r.csv', size: null, data: 'DATE,IMPRESSION_1\n2021-03-01,4\n' });
    expect(time.waits).toEqual([1000, 2000, 4000]);
    expect(progress).toEqual(['0 IN_PROGRESS 1000', '1 IN_PROGRESS 2000', '2 IN_PROGRESS 4000', '3 FINISHED -']);
    const post = calls[0]!;
    expect(post.method).toBe('POST');
    expect(post.url.searchParams.get('report_format')).toBe('csv');
    expect(JSON.parse(post.url.searchParams.get('filters') ?? '')).toEqual([
      { field: 'SPEND_IN_DOLLAR', operator: 'GREATER_THAN', values: [1] },
    ]);
    expect(calls.at(-2)?.headers.get('authorization')).toBe('Bearer pina_T');
    expect(calls.at(-1)?.url.host).toBe('files.test');
    expect(calls.at(-1)?.headers.get('authorization')).toBeNull();
  });

  it('waits at most 10 s between polls and gives up at the timeout with the token', async () => {
    const { client } = transport({ [`GET ${REPORT}`]: () => ok({ report_status: 'IN_PROGRESS' }) });
    const time = fakeTime();
    const error = await client.reports.waitForDeliveryMetricsReport('55', 'tok', { ...time, timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportTimeoutError);
    expect(time.waits).toEqual([1000, 2000, 4000, 8000, 10000, 10000, 10000, 10000]);
    expect((error as ReportTimeoutError).token).toBe('tok');
  });

  it('stops on a report that FAILED or EXPIRED instead of polling for ever', async () => {
    for (const status of ['FAILED', 'EXPIRED']) {
      const { client } = transport({ [`GET ${REPORT}`]: () => ok({ report_status: status }) });
      const error = await client.reports.waitForDeliveryMetricsReport('55', 'tok', fakeTime()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportFailedError);
      expect((error as ReportFailedError).status).toBe(status);
    }
  });

  it('turns a v3 failure envelope into ApiError with its code', async () => {
    const { client } = transport({
      [`POST ${REPORT}`]: () => ({ status: 400, body: { status: 'failure', code: 1, message: 'Invalid metric' } }),
    });
    const error = await client.reports.requestDeliveryMetrics('55', attributes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(1);
  });
});
