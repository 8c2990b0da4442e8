import { describe, expect, it } from 'vitest';
import type { FetchLike } from '@pinkit/http';
import { createV5Client } from './create-v5-client.js';
import { ReportDownloadError, ReportFailedError, ReportStatusError, ReportTimeoutError } from '@pinkit/analytics';
import { runReport, type ReportProgress, type ReportSteps } from './run-report.js';

const FILE = '{"1":[{"SPEND_IN_DOLLAR":3}]}';

/** Report steps whose status answers follow `statuses`; the clock moves only by the waits. */
function steps(statuses: string[], file = FILE, url = 'https://files.test/r.json') {
  const fetched: string[] = [];
  const fetch: FetchLike = async (target) => {
    fetched.push(target);
    return new Response(file, { headers: { 'content-length': String(Buffer.byteLength(file)) } });
  };
  const reportSteps: ReportSteps = {
    create: async () => ({ token: 'tok', report_status: 'IN_PROGRESS' }),
    get: async () => {
      const status = statuses.shift() ?? 'IN_PROGRESS';
      return status === 'FINISHED'
        ? { report_status: 'FINISHED', url, size: Buffer.byteLength(file) }
        : { report_status: status as 'FAILED', url: null, size: null };
    },
    fetch,
  };
  let clock = 0;
  const waits: number[] = [];
  const options = { now: () => clock, sleep: async (ms: number) => void (waits.push(ms), (clock += ms)) };
  return { reportSteps, fetched, waits, options };
}

describe('runReport', () => {
  it('polls after 1 s, doubling to 10 s, telling each status, then downloads the file', async () => {
    const { reportSteps, fetched, waits, options } = steps([
      'IN_PROGRESS',
      'IN_PROGRESS',
      'IN_PROGRESS',
      'IN_PROGRESS',
      'IN_PROGRESS',
      'FINISHED',
    ]);
    const progress: ReportProgress[] = [];
    const report = await runReport(reportSteps, { ...options, onProgress: (event) => progress.push(event) });
    expect(waits).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
    expect(report).toEqual({ token: 'tok', url: 'https://files.test/r.json', size: FILE.length, data: FILE });
    expect(fetched).toEqual(['https://files.test/r.json']);
    expect(progress.map((event) => [event.status, event.polls, event.nextPollMs])).toEqual([
      ['IN_PROGRESS', 0, 1000],
      ['IN_PROGRESS', 1, 2000],
      ['IN_PROGRESS', 2, 4000],
      ['IN_PROGRESS', 3, 8000],
      ['IN_PROGRESS', 4, 10000],
      ['IN_PROGRESS', 5, 10000],
      ['FINISHED', 6, undefined],
    ]);
  });

  it.each(['FAILED', 'EXPIRED', 'CANCELLED', 'DOES_NOT_EXIST'])('stops with ReportFailedError on %s', async (status) => {
    const { reportSteps, options } = steps(['IN_PROGRESS', status]);
    const error = await runReport(reportSteps, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportFailedError);
    expect(error).toMatchObject({ name: 'ReportFailedError', status, token: 'tok' });
  });

  it('stops with ReportTimeoutError when the report outlasts the overall timeout', async () => {
    const { reportSteps, waits, options } = steps([]);
    const error = await runReport(reportSteps, { ...options, timeoutMs: 20_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportTimeoutError);
    expect(error).toMatchObject({ token: 'tok', waitedMs: 15_000 });
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it.each([
    ['file:///etc/passwd', /not http\(s\)/],
    ['javascript:alert(1)', /not http\(s\)/],
    ['not a url', /not a URL/],
  ])('refuses to download from %s', async (url, message) => {
    const { reportSteps, fetched, options } = steps(['FINISHED'], FILE, url);
    await expect(runReport(reportSteps, options)).rejects.toThrow(message);
    expect(fetched).toEqual([]);
  });

  it('refuses a file over maxBytes, by the announced size and by what arrives', async () => {
    const { reportSteps, fetched, options } = steps(['FINISHED']);
    await expect(runReport(reportSteps, { ...options, maxBytes: 10 })).rejects.toBeInstanceOf(ReportDownloadError);
    expect(fetched).toEqual([]);
    const quiet = steps(['FINISHED']);
    quiet.reportSteps.get = async () => ({ report_status: 'FINISHED', url: 'https://files.test/r.json', size: null });
    await expect(runReport(quiet.reportSteps, { ...quiet.options, maxBytes: 10 })).rejects.toThrow(/more than the 10/);
  });

  it('says which file is not JSON when a JSON report does not parse, without its signed path', async () => {
    const { reportSteps, options } = steps(['FINISHED'], '<html>denied</html>', 'https://files.test/r.json?X-Signature=secret');
    const failure = runReport({ ...reportSteps, format: 'JSON' }, options);
    await expect(failure).rejects.toBeInstanceOf(ReportDownloadError);
    await expect(failure).rejects.toThrow(/^The report file from files\.test is not valid JSON \(Unexpected token/);
    const csv = steps(['FINISHED'], 'a,b\n1,2\n');
    expect((await runReport({ ...csv.reportSteps, format: 'CSV' }, csv.options)).data).toBe('a,b\n1,2\n');
  });
});

describe('client.reports.run', () => {
  it('sends the bearer token to Pinterest but not to the file host', async () => {
    const seen: Array<{ url: string; authorization: string | null }> = [];
    let polls = 0;
    const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
      const url = String(input);
      seen.push({ url, authorization: new Headers(init.headers).get('authorization') });
      if (url.startsWith('https://files.test/')) return new Response(FILE);
      if (init.method === 'POST') return Response.json({ report_status: 'IN_PROGRESS', token: 'tok', message: null });
      polls += 1;
      return Response.json(
        polls < 2 ? { report_status: 'IN_PROGRESS' } : { report_status: 'FINISHED', url: 'https://files.test/r.json', size: 30 },
      );
    }) as typeof fetch;
    const pinterest = createV5Client({ apiUri: 'http://sim.test', token: 'secret-token', fetch: fetchImpl, retry: false });
    const today = new Date().toISOString().slice(0, 10);
    const request = {
      start_date: today,
      end_date: today,
      granularity: 'DAY' as const,
      level: 'CAMPAIGN' as const,
      columns: ['SPEND_IN_DOLLAR' as const],
    };
    const report = await pinterest.reports.run('1', request, { sleep: async () => undefined });
    expect(report.data).toBe(FILE);
    expect(seen.map((call) => [call.url.replace(/\?.*/, ''), call.authorization])).toEqual([
      ['http://sim.test/v5/ad_accounts/1/reports', 'Bearer secret-token'],
      ['http://sim.test/v5/ad_accounts/1/reports', 'Bearer secret-token'],
      ['http://sim.test/v5/ad_accounts/1/reports', 'Bearer secret-token'],
      ['https://files.test/r.json', null],
    ]);
  });

  it('checks the request before sending it', async () => {
    const fetchImpl = (async () => Response.json({})) as typeof fetch;
    const pinterest = createV5Client({ apiUri: 'http://sim.test', token: 't', fetch: fetchImpl });
    const request = {
      start_date: '2026-02-30',
      end_date: '2026-03-01',
      granularity: 'DAY' as const,
      level: 'CAMPAIGN' as const,
      columns: ['SPEND_IN_DOLLAR' as const],
    };
    await expect(pinterest.reports.run('1', request)).rejects.toMatchObject({ name: 'InvalidDateError', attribute: 'start_date' });
  });
});

describe('runReport and report_status of the wrong shape', () => {
  it.each<[string, unknown]>([
    ['a number', 3],
    ['an object', { state: 'FINISHED' }],
    ['a status the description does not list', 'ALMOST_DONE'],
  ])('stops at the first poll, naming report_status, on %s', async (_, status) => {
    const { reportSteps, options, fetched } = steps([]);
    let polls = 0;
    reportSteps.get = async () => ((polls += 1), { report_status: status as 'FINISHED', url: null, size: null });
    const error = await runReport(reportSteps, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportStatusError);
    expect((error as Error).message).toMatch(/^Pinterest answered the report's report_status with .*, where one of .*FINISHED/);
    expect(polls).toBe(1);
    expect(fetched).toEqual([]);
  });
});
