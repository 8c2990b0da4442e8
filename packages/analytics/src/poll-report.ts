import { argumentsOf } from '@pinkit/arguments';
import { systemClock, type Sleep } from '@pinkit/timing';
import { checkReportOptions } from './report-arguments.js';
import { ReportFailedError, ReportTimeoutError } from './report-errors.js';
import { ReportStatusError } from './report-status-error.js';

/** What `onProgress` hears after the request and after each poll. */
export interface ReportProgress {
  token: string;
  status: string;
  /** Polls so far (0 right after the request). */
  polls: number;
  elapsedMs: number;
  /** The wait before the next poll; absent once the report has ended. */
  nextPollMs?: number;
}

export interface PollReportOptions {
  /** Called after the request and after every poll; libraries never print, callers may. */
  onProgress?: (progress: ReportProgress) => void;
  /** Overall limit from the request to the finished report (default 10 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Injected in tests: the wait between polls, and the clock. */
  sleep?: Sleep;
  now?: () => number;
}

/** The statuses of one API version's reports. */
export interface ReportStatuses {
  /** Every status the API lists (v5: `REPORT_STATUSES`); anything else stops the polling. */
  known: readonly string[];
  /** The ones that mean "not yet" (default `IN_PROGRESS`); every other known one but FINISHED ends the report. */
  pending?: readonly string[];
}

/** The state a poll reads: its status, and the file's URL once FINISHED. */
export interface PolledState {
  report_status?: unknown;
  url?: unknown;
}

export const FIRST_POLL_MS = 1_000;
export const LONGEST_POLL_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const check = argumentsOf('pollReport');

/**
 * Waits for a requested report as the quickstart does (first poll after 1 s, each wait doubling
 * up to 10 s), for API v5 and v3 alike. Unlike the quickstart, which polled for ever, it stops on
 * a report that ended without a file (ReportFailedError), once the next wait would pass
 * `timeoutMs` counted from the request (ReportTimeoutError), and at once on a status of the
 * wrong type or one the API does not list (ReportStatusError), which no wait would change.
 */
export async function pollReport<S extends PolledState>(
  request: { token: string; status?: unknown; requestedAt: number },
  poll: () => Promise<S>,
  statuses: ReportStatuses,
  options: PollReportOptions = {},
): Promise<S & { url: string }> {
  check.object(request, 'request');
  check.string(request.token, 'request.token');
  check.number(request.requestedAt, 'request.requestedAt');
  check.function(poll, 'poll');
  check.object(statuses, 'statuses');
  check.array(statuses.known, 'statuses.known', { allowEmpty: false });
  check.array(statuses.pending, 'statuses.pending', { optional: true });
  checkReportOptions(options, 'pollReport');
  const now = options.now ?? systemClock.now;
  const sleep = options.sleep ?? systemClock.sleep;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { token, requestedAt } = request;
  const pending = statuses.pending ?? ['IN_PROGRESS'];
  const statusOf = (value: unknown): string => {
    // An answer without a status is read as still running, as v5's optional field allows.
    if (value === undefined) return pending[0] ?? 'IN_PROGRESS';
    if (typeof value !== 'string' || !statuses.known.includes(value)) throw new ReportStatusError(token, value, statuses.known);
    return value;
  };
  let delay = FIRST_POLL_MS;
  const requested = statusOf(request.status);
  options.onProgress?.({ token, status: requested, polls: 0, elapsedMs: now() - requestedAt, nextPollMs: delay });
  for (let polls = 1; ; polls += 1) {
    const elapsed = now() - requestedAt;
    if (elapsed + delay > timeoutMs) throw new ReportTimeoutError(token, elapsed);
    await sleep(delay, options.signal);
    const state = await poll();
    const status = statusOf(state.report_status);
    const done = !pending.includes(status);
    delay = Math.min(delay * 2, LONGEST_POLL_MS);
    options.onProgress?.({ token, status, polls, elapsedMs: now() - requestedAt, ...(done ? {} : { nextPollMs: delay }) });
    if (status === 'FINISHED') {
      // FINISHED without a file to fetch is no finished report.
      if (typeof state.url !== 'string' || state.url === '') throw new ReportFailedError('DOES_NOT_EXIST', token);
      return { ...state, url: state.url };
    }
    if (done) throw new ReportFailedError(status, token);
  }
}
