import { downloadReport, ReportFailedError, ReportTimeoutError, type FetchLike } from '@pinkit/http';
import type { components } from './generated/openapi.js';

type Status = components['schemas']['AdsAnalyticsGetAsyncResponse'];

/** What `onProgress` hears after each poll. */
export interface ReportProgress {
  token: string;
  status: string;
  /** Polls so far. */
  polls: number;
  elapsedMs: number;
  /** The wait before the next poll; absent once the report has ended. */
  nextPollMs?: number;
}

export interface RunReportOptions {
  /** Called after the request and after every poll; libraries never print, callers may. */
  onProgress?: (progress: ReportProgress) => void;
  /** Overall limit from the request to the finished file (default 10 minutes). */
  timeoutMs?: number;
  /** Largest file accepted (default 50 MiB). */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Injected in tests: the wait between polls, and the clock. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface FinishedReport {
  token: string;
  url: string;
  size: number | null;
  /** The file as Pinterest wrote it: JSON or CSV text, as requested with `report_format`. */
  data: string;
}

/** The steps of one report, bound to a client: request it, read its status, fetch a file. */
export interface ReportSteps {
  create(): Promise<{ token?: string; report_status?: string }>;
  get(token: string): Promise<Status>;
  fetch: FetchLike;
}

export const FIRST_POLL_MS = 1_000;
export const LONGEST_POLL_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/**
 * Requests a report and waits for it as the quickstart does (first poll after 1 s, each wait
 * doubling up to 10 s), but stops on FAILED, EXPIRED, CANCELLED and DOES_NOT_EXIST (where the
 * quickstart would poll forever) and after `timeoutMs`, then downloads the file.
 */
export async function runReport(steps: ReportSteps, options: RunReportOptions = {}): Promise<FinishedReport> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? wait;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = now();
  const created = await steps.create();
  const token = created.token;
  if (typeof token !== 'string' || token === '') throw new ReportFailedError('DOES_NOT_EXIST', '');
  let delay = FIRST_POLL_MS;
  let polls = 0;
  options.onProgress?.({ token, status: created.report_status ?? 'IN_PROGRESS', polls, elapsedMs: 0, nextPollMs: delay });
  for (;;) {
    const elapsed = now() - started;
    if (elapsed + delay > timeoutMs) throw new ReportTimeoutError(token, elapsed);
    await sleep(delay, options.signal);
    const status = await steps.get(token);
    polls += 1;
    const state = status.report_status ?? 'IN_PROGRESS';
    const done = state !== 'IN_PROGRESS';
    delay = Math.min(delay * 2, LONGEST_POLL_MS);
    options.onProgress?.({ token, status: state, polls, elapsedMs: now() - started, ...(done ? {} : { nextPollMs: delay }) });
    if (state === 'FINISHED') {
      if (!status.url) throw new ReportFailedError('DOES_NOT_EXIST', token);
      const data = await downloadReport(steps.fetch, status.url, {
        announcedSize: status.size ?? null,
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return { token, url: status.url, size: status.size ?? null, data };
    }
    if (state === 'FAILED' || state === 'EXPIRED' || state === 'CANCELLED' || state === 'DOES_NOT_EXIST')
      throw new ReportFailedError(state, token);
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
