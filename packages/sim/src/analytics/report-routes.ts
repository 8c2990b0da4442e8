import { randomBytes } from 'node:crypto';
import { ownAdAccount } from '../ads/ad-account-access.js';
import { jsonObject } from '../core/http-exchange.js';
import { failures } from '../core/pinterest-failure.js';
import type { RouteEntry } from '../core/route.js';
import { REPORT_URL_TTL_MS } from './report-records.js';
import { readReportRequest } from './report-request.js';
import { DOWNLOAD_PATH, reportStatus } from './report-status.js';

// https://developers.pinterest.com/docs/api/v5/analytics-create_report and analytics-get_report;
// how a report moves to its end is in report-status.ts, which v3's reports share.
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
      return { status: 200, body: reportStatus(ctx, report) };
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
