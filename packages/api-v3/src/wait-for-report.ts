import type { V3ReportState } from './analytics-types.js';
import { ReportFailedError, ReportTimeoutError } from '@pinkit/http';

/** What `onProgress` hears after the request and after each poll. */
export interface V3ReportProgress {
  token: string;
  status: string;
  /** Polls so far (0 right after the request). */
  polls: number;
  elapsedMs: number;
  /** The wait before the next poll; absent once the report has ended. */
  nextPollMs?: number;
}

export interface WaitForReportOptions {
  /** Called after each poll; libraries never print, callers may. */
  onProgress?: (progress: V3ReportProgress) => void;
  /** Overall limit for the wait (default 10 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Injected in tests: the wait between polls, and the clock. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export const FIRST_POLL_MS = 1_000;
export const LONGEST_POLL_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const ENDED = new Set(['FAILED', 'EXPIRED', 'CANCELLED', 'DOES_NOT_EXIST']);

/**
 * Polls a report with the quickstart's backoff (1 s, doubling up to 10 s) until it is FINISHED
 * with a URL. Unlike the quickstart, which polled for ever, it stops on a report that ended
 * otherwise (ReportFailedError) and once the next wait would pass `timeoutMs` (ReportTimeoutError).
 */
export async function waitForReport(
  token: string,
  poll: () => Promise<V3ReportState>,
  options: WaitForReportOptions = {},
): Promise<V3ReportState & { url: string }> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? wait;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = now();
  let delay = FIRST_POLL_MS;
  for (let polls = 1; ; polls += 1) {
    const elapsed = now() - started;
    if (elapsed + delay > timeoutMs) throw new ReportTimeoutError(token, elapsed);
    await sleep(delay, options.signal);
    const state = await poll();
    const status = state.report_status;
    delay = Math.min(delay * 2, LONGEST_POLL_MS);
    const done = status === 'FINISHED' || ENDED.has(status);
    options.onProgress?.({ token, status, polls, elapsedMs: now() - started, ...(done ? {} : { nextPollMs: delay }) });
    if (status === 'FINISHED') {
      // FINISHED without a file to fetch is no finished report.
      if (typeof state.url !== 'string' || state.url === '') throw new ReportFailedError('DOES_NOT_EXIST', token);
      return { ...state, url: state.url };
    }
    if (ENDED.has(status)) throw new ReportFailedError(status, token);
  }
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => (clearTimeout(timer), reject(signal?.reason));
    const timer = setTimeout(() => (signal?.removeEventListener('abort', onAbort), resolve()), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
