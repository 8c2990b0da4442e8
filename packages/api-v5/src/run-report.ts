import { downloadReport, pollReport, ReportFailedError, type PollReportOptions, type ReportProgress } from '@pinkit/analytics';
import type { FetchLike } from '@pinkit/http';
import { REPORT_STATUSES } from './analytics-values.js';
import type { components } from './generated/openapi.js';

type Status = components['schemas']['AdsAnalyticsGetAsyncResponse'];

export type { ReportProgress };

export interface RunReportOptions extends PollReportOptions {
  /** Largest file accepted (default 50 MiB). */
  maxBytes?: number;
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
  create(): Promise<{ token?: string; report_status?: unknown }>;
  get(token: string): Promise<Status>;
  fetch: FetchLike;
  /** The `report_format` asked for, so that a JSON file that does not parse fails at its download. */
  format?: string;
}

/**
 * Requests a report, waits for it with the one polling loop of `@pinkit/analytics` (first poll
 * after 1 s, each wait doubling up to 10 s; it stops on FAILED, EXPIRED, CANCELLED and
 * DOES_NOT_EXIST, where the quickstart would poll forever, on a status the description does not
 * list, and after `timeoutMs`), then downloads the file.
 */
export async function runReport(steps: ReportSteps, options: RunReportOptions = {}): Promise<FinishedReport> {
  const requestedAt = (options.now ?? Date.now)();
  const created = await steps.create();
  const token = created.token;
  if (typeof token !== 'string' || token === '') throw new ReportFailedError('DOES_NOT_EXIST', '');
  const status = await pollReport(
    { token, status: created.report_status, requestedAt },
    () => steps.get(token),
    { known: REPORT_STATUSES },
    options,
  );
  const data = await downloadReport(steps.fetch, status.url, {
    announcedSize: status.size ?? null,
    ...(steps.format === undefined ? {} : { format: steps.format }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { token, url: status.url, size: status.size ?? null, data };
}
