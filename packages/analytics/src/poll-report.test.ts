import { describe, expect, it } from 'vitest';
import { pollReport, type ReportProgress } from './poll-report.js';
import { ReportFailedError, ReportTimeoutError } from './report-errors.js';
import { ReportStatusError } from './report-status-error.js';

const KNOWN = ['IN_PROGRESS', 'FINISHED', 'FAILED', 'EXPIRED', 'CANCELLED', 'DOES_NOT_EXIST'] as const;

/** Answers in turn, the last one for ever; the clock moves only by the waits. */
function polling(answers: Array<{ report_status?: unknown; url?: unknown }>) {
  let clock = 0;
  const waits: number[] = [];
  let polls = 0;
  const poll = async () => answers[Math.min(polls++, answers.length - 1)] ?? {};
  const options = { now: () => clock, sleep: async (ms: number) => void (waits.push(ms), (clock += ms)) };
  return { poll, waits, options, polled: () => polls };
}

const request = { token: 'tok', status: 'IN_PROGRESS', requestedAt: 0 };

describe('pollReport', () => {
  it('polls after 1 s, doubling to 10 s, telling each status, until FINISHED with a URL', async () => {
    const { poll, waits, options } = polling([
      ...Array<object>(5).fill({ report_status: 'IN_PROGRESS' }),
      { report_status: 'FINISHED', url: 'https://f.test/r' },
    ]);
    const progress: ReportProgress[] = [];
    const done = await pollReport(request, poll, { known: KNOWN }, { ...options, onProgress: (event) => progress.push(event) });
    expect(done.url).toBe('https://f.test/r');
    expect(waits).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
    expect(progress.map((event) => [event.polls, event.status, event.nextPollMs])).toEqual([
      [0, 'IN_PROGRESS', 1000],
      [1, 'IN_PROGRESS', 2000],
      [2, 'IN_PROGRESS', 4000],
      [3, 'IN_PROGRESS', 8000],
      [4, 'IN_PROGRESS', 10000],
      [5, 'IN_PROGRESS', 10000],
      [6, 'FINISHED', undefined],
    ]);
  });

  it('stops with ReportFailedError on an end state, and on FINISHED without a URL', async () => {
    const failed = polling([{ report_status: 'EXPIRED' }]);
    await expect(pollReport(request, failed.poll, { known: KNOWN }, failed.options)).rejects.toMatchObject({ status: 'EXPIRED' });
    const empty = polling([{ report_status: 'FINISHED', url: '' }]);
    await expect(pollReport(request, empty.poll, { known: KNOWN }, empty.options)).rejects.toBeInstanceOf(ReportFailedError);
  });

  it.each<[string, unknown, string]>([
    ['a number', 3, 'a number'],
    ['an object', { state: 'FINISHED' }, 'an object'],
    ['an array', ['FINISHED'], 'an array'],
    ['a status it does not list', 'ALMOST_DONE', '"ALMOST_DONE"'],
  ])('stops at the first poll, naming report_status, on %s', async (_, status, got) => {
    const { poll, options, polled } = polling([{ report_status: status }]);
    const error = await pollReport(request, poll, { known: KNOWN }, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportStatusError);
    expect(error).toMatchObject({ field: 'report_status', token: 'tok', got });
    expect((error as Error).message).toMatch(
      new RegExp(`^Pinterest answered the report's report_status with ${got.replace(/"/g, '"')}, where one of IN_PROGRESS, FINISHED,`),
    );
    expect(polled()).toBe(1);
  });

  it("stops before any poll on a wrong-typed status in the request's answer", async () => {
    const { poll, polled, options } = polling([{ report_status: 'IN_PROGRESS' }]);
    await expect(pollReport({ ...request, status: 7 }, poll, { known: KNOWN }, options)).rejects.toBeInstanceOf(ReportStatusError);
    expect(polled()).toBe(0);
  });

  it('quotes only the first 40 characters of a long unknown status', async () => {
    const { poll, options } = polling([{ report_status: 'X'.repeat(5000) }]);
    const error = (await pollReport(request, poll, { known: KNOWN }, options).catch((e: unknown) => e)) as Error;
    expect(error.message.length).toBeLessThan(300);
  });

  it('stops with ReportTimeoutError once the next wait would pass timeoutMs, counted from the request', async () => {
    const { poll, waits, options } = polling([{ report_status: 'IN_PROGRESS' }]);
    const error = await pollReport({ ...request, requestedAt: -5000 }, poll, { known: KNOWN }, { ...options, timeoutMs: 16_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportTimeoutError);
    expect(waits).toEqual([1000, 2000, 4000]);
  });
});
