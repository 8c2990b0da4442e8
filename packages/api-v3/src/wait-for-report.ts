import { pollReport, type PollReportOptions, type ReportProgress } from '@pinkit/analytics';
import type { V3ReportState } from './analytics-types.js';
import { V3_REPORT_STATUSES } from './analytics-values.js';

/** What `onProgress` hears after the request and after each poll. */
export type V3ReportProgress = ReportProgress;

export type WaitForReportOptions = PollReportOptions;

export { FIRST_POLL_MS, LONGEST_POLL_MS } from '@pinkit/analytics';

/**
 * Polls a report with `@pinkit/analytics`' one polling loop (1 s, doubling up to 10 s) until it
 * is FINISHED with a URL; it stops on a report that ended otherwise (ReportFailedError), on a
 * status v3 does not list (ReportStatusError), and once the next wait would pass `timeoutMs`
 * (ReportTimeoutError). `requestedAt` counts the time from the request when it was just made.
 */
export function waitForReport(
  token: string,
  poll: () => Promise<V3ReportState>,
  options: WaitForReportOptions & { requested?: { status: unknown; at: number } } = {},
): Promise<V3ReportState & { url: string }> {
  const { requested, ...rest } = options;
  const now = options.now ?? Date.now;
  if (requested)
    return pollReport({ token, status: requested.status, requestedAt: requested.at }, poll, { known: V3_REPORT_STATUSES }, rest);
  // Polling a report requested earlier: no request progress to tell, the time counts from now.
  const { onProgress } = rest;
  return pollReport(
    { token, requestedAt: now() },
    poll,
    { known: V3_REPORT_STATUSES },
    { ...rest, ...(onProgress ? { onProgress: (progress) => progress.polls > 0 && onProgress(progress) } : {}) },
  );
}
