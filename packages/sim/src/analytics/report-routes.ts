import { randomBytes } from 'node:crypto';
import { ownAdAccount } from '../ads/ad-account-access.js';
import { jsonObject } from '../core/http-exchange.js';
import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext, RouteEntry } from '../core/route.js';
import { renderReport } from './report-file.js';
import { REPORT_POLLS_IN_PROGRESS, REPORT_TTL_MS, REPORT_URL_TTL_MS, type ReportRecord } from './report-records.js';
import { readReportRequest } from './report-request.js';

const DOWNLOAD_PATH = '/report-files';

// https://developers.pinterest.com/docs/api/v5/analytics-create_report and analytics-get_report.
// A report answers IN_PROGRESS to its first poll, then ends as the `reportOutcome` knob says;
// FINISHED hands out a URL on the simulator itself which, like the storage link behind the real
// one, takes no bearer token and lapses after five minutes.
function status(ctx: AuthedContext, report: ReportRecord) {
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
    url: `${ctx.origin}${DOWNLOAD_PATH}/${report.token}.${extension}`,
    size: Buffer.byteLength(report.file.data),
  };
}

export const reportRoutes: readonly RouteEntry[] = [
  {
    operation: 'analytics/create_report',
    // Requesting a report spends the ads_analytics quota, not the write budget of boards and pins.
    write: false,
    handle: (ctx) => {
      const account = ownAdAccount(ctx.store, ctx.caller, ctx.params['ad_account_id']);
      const request = readReportRequest(jsonObject(ctx.body), ctx.store.now());
      const token = randomBytes(16).toString('hex');
      ctx.store.reports.set(token, {
        ...request,
        token,
        adAccountId: account.id,
        ownerId: ctx.caller.id,
        createdAt: ctx.store.now(),
        polls: 0,
      });
      return { status: 200, body: { report_status: 'IN_PROGRESS', token, message: null } };
    },
  },
  {
    operation: 'analytics/get_report',
    handle: (ctx) => {
      const account = ownAdAccount(ctx.store, ctx.caller, ctx.params['ad_account_id']);
      const token = ctx.query.get('token');
      if (token === null || token === '') throw failures.invalidParameters("Invalid parameters: 'token' is required.");
      const report = ctx.store.reports.get(token);
      if (!report || report.adAccountId !== account.id)
        return { status: 200, body: { report_status: 'DOES_NOT_EXIST', url: null, size: null } };
      return { status: 200, body: status(ctx, report) };
    },
  },
  {
    method: 'GET',
    path: `${DOWNLOAD_PATH}/{file}`,
    auth: 'none',
    write: false,
    handle: (ctx) => {
      const [token = '', extension] = (ctx.params['file'] ?? '').split('.');
      const report = ctx.store.reports.get(token);
      const file = report?.file;
      if (!report || !file || extension !== (report.format === 'CSV' ? 'csv' : 'json')) {
        return { status: 404, file: { contentType: 'text/plain; charset=utf-8', data: 'NoSuchKey: the report file does not exist.\n' } };
      }
      if (ctx.store.now() - file.issuedAt > REPORT_URL_TTL_MS) {
        return { status: 403, file: { contentType: 'text/plain; charset=utf-8', data: 'AccessDenied: Request has expired.\n' } };
      }
      return { status: 200, file: { contentType: file.contentType, data: file.data } };
    },
  },
];
