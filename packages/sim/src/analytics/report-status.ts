import { createHash } from 'node:crypto';
import { ownAdAccount } from '../ads/ad-account-access.js';
import type { AuthedContext } from '../core/route.js';
import { renderReport } from './report-file.js';
import { REPORT_POLLS_IN_PROGRESS, REPORT_TTL_MS, type ReportRecord } from './report-records.js';

/** Where finished reports' files are served, on the simulator itself. */
export const DOWNLOAD_PATH = '/report-files';

/**
 * The query of an S3 presigned URL, as the real report links carry it: the file's credentials,
 * which a client must never log. The simulator does not check them.
 */
function signedQuery(token: string): string {
  const hash = (what: string) => createHash('sha256').update(`${what}:${token}`).digest('hex');
  return new URLSearchParams({
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': 'PINKITSIM/20240101/us-east-1/s3/aws4_request',
    'X-Amz-Date': '20240101T000000Z',
    'X-Amz-Expires': '300',
    'X-Amz-Security-Token': hash('session'),
    'X-Amz-SignedHeaders': 'host',
    'X-Amz-Signature': hash('signature'),
  }).toString();
}

/**
 * One poll of a report, for v5's analytics/get_report and v3's delivery-metrics report alike. A
 * report answers IN_PROGRESS to its first poll, then ends as the `reportOutcome` knob says;
 * FINISHED hands out a URL on the simulator itself which, like the storage link behind the real
 * one, takes no bearer token and lapses after five minutes.
 */
export function reportStatus(ctx: AuthedContext, report: ReportRecord) {
  const now = ctx.store.now();
  if (now - report.createdAt > REPORT_TTL_MS) return { report_status: 'EXPIRED' as const, url: null, size: null };
  report.polls += 1;
  if (report.polls <= REPORT_POLLS_IN_PROGRESS) return { report_status: 'IN_PROGRESS' as const, url: null, size: null };
  const outcome = ctx.knobs.reportOutcome;
  if (outcome !== 'FINISHED') return { report_status: outcome, url: null, size: null };
  const account = ownAdAccount(ctx.store, ctx.caller, report.adAccountId);
  report.file ??= { ...renderReport(ctx.store, account, report), issuedAt: now };
  report.file.issuedAt = now;
  const extension = report.format === 'CSV' ? 'csv' : 'json';
  return {
    report_status: 'FINISHED' as const,
    url: `${ctx.origin}${DOWNLOAD_PATH}/${report.token}.${extension}?${signedQuery(report.token)}`,
    size: Buffer.byteLength(report.file.data),
  };
}
