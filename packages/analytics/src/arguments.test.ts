import { fuzzArgument } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import { ArgumentError, downloadReport, pollReport, type ReportFetch } from './index.js';

type Call = [string, (value: unknown) => unknown, string[]];

const request = { token: 'tok', status: 'IN_PROGRESS', requestedAt: 0 };
const finished = async () => ({ report_status: 'FINISHED', url: 'https://files.test/report.json' });
const statuses = { known: ['IN_PROGRESS', 'FINISHED', 'FAILED'] };
// The clock moves only by the waits, so nothing here waits for real.
const quick = () => {
  let clock = 0;
  return { now: () => clock, sleep: async (ms: number) => void (clock += ms) };
};
const withKey = (base: object, key: string, value: unknown) => ({ ...base, [key]: value });
const poll = (options: unknown) => pollReport(request, finished, statuses, options as never);
const fetchReport: ReportFetch = async () => ({
  ok: true,
  status: 200,
  headers: { get: () => null },
  arrayBuffer: async () => new TextEncoder().encode('{}').buffer,
});
const download = (options: unknown) => downloadReport(fetchReport, 'https://files.test/report.json', options as never);

const calls: Call[] = [
  ['pollReport(request)', (value) => pollReport(value as never, finished, statuses, quick()), []],
  // The token is Pinterest's, only handed back to `poll` and `onProgress`: any non-empty string is taken.
  [
    'pollReport(request.token)',
    (value) => pollReport({ ...request, token: value as string }, finished, statuses, quick()),
    ['"x"', '"zzz"', 'CR/LF string', 'NUL string', '10 MB string'],
  ],
  [
    'pollReport(request.requestedAt)',
    (value) => pollReport({ ...request, requestedAt: value as number }, finished, statuses, quick()),
    ['0', '-1', '5', '1.5', '1e308'],
  ],
  ['pollReport(poll)', (value) => pollReport(request, value as never, statuses, quick()), []],
  ['pollReport(statuses)', (value) => pollReport(request, finished, value as never, quick()), []],
  ['pollReport(statuses.known)', (value) => pollReport(request, finished, { known: value as string[] }, quick()), []],
  [
    'pollReport(statuses.pending)',
    (value) => pollReport(request, finished, { ...statuses, pending: value as string[] }, quick()),
    ['undefined', '[]', '["a"]'],
  ],
  ['pollReport(options)', (value) => poll(value), ['undefined', '{}', 'Date']],
  ...['onProgress', 'sleep', 'now'].map((key): Call => [
    `pollReport(options.${key})`,
    (value) => poll(withKey(quick(), key, value)),
    ['undefined', 'function'],
  ]),
  // 5 ms is a valid bound: the report then times out, with its own named error.
  ['pollReport(options.timeoutMs)', (value) => poll(withKey(quick(), 'timeoutMs', value)), ['undefined', '5']],
  ['pollReport(options.signal)', (value) => poll(withKey(quick(), 'signal', value)), ['undefined']],
  ['downloadReport(fetch)', (value) => downloadReport(value as ReportFetch, 'https://files.test/r'), []],
  ['downloadReport(url)', (value) => downloadReport(fetchReport, value as string), []],
  ['downloadReport(options)', (value) => download(value), ['undefined', '{}', 'Date']],
  ['downloadReport(options.maxBytes)', (value) => download({ maxBytes: value }), ['undefined', '5']],
  ['downloadReport(options.signal)', (value) => download({ signal: value }), ['undefined']],
  ['downloadReport(options.format)', (value) => download({ format: value }), ['undefined', '"x"', '"zzz"']],
];

describe('argument checks', () => {
  it.each(calls)('%s refuses what it cannot use with ArgumentError', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
  });

  it('refuses a timeout that is not a number instead of polling without one', async () => {
    await expect(poll({ ...quick(), timeoutMs: 'x' })).rejects.toThrow(ArgumentError);
    await expect(poll({ ...quick(), timeoutMs: 'x' })).rejects.toThrow(
      'pollReport: options.timeoutMs must be an integer from 1 to 86400000, not a string of 1 character.',
    );
  });
});
