import { ArgumentError } from '@pinkit/arguments';
import { checkReportOptions } from '@pinkit/analytics';
import { checkReportRequest, type ReportRequest } from './check-analytics-request.js';
import { composite, endpoint } from './endpoint.js';
import { expectObject } from './expect-shape.js';
import type { components } from './generated/openapi.js';
import { runReport, type FinishedReport, type RunReportOptions } from './run-report.js';

type Schemas = components['schemas'];

/** `client.reports`: asynchronous ads reports, https://developers.pinterest.com/docs/api/v5/analytics-create_report. */
export const reports = {
  /** Requests a report; the answer's `token` is what `get` polls. Attributes are checked first. */
  create: endpoint(
    'analytics/create_report',
    async (call, adAccountId: string, request: ReportRequest): Promise<Schemas['AdsAnalyticsCreateAsyncResponse']> => {
      checkReportRequest(request);
      return expectObject(call({ params: { ad_account_id: adAccountId }, body: request }), 'analytics/create_report');
    },
  ),
  /** A report's status and, once FINISHED, the URL of its file (valid five minutes). */
  get: endpoint('analytics/get_report', (call, adAccountId: string, token: string): Promise<Schemas['AdsAnalyticsGetAsyncResponse']> => {
    if (typeof token !== 'string' || token === '' || token.length > 4096)
      throw new ArgumentError('reports.get', 'token', 'a non-empty string of at most 4,096 characters', token);
    return expectObject(call({ params: { ad_account_id: adAccountId }, query: { token } }), 'analytics/get_report');
  }),
  /**
   * Requests a report, polls it (1 s doubling to 10 s, `onProgress` after each poll) and
   * downloads its file. Throws ReportFailedError, ReportTimeoutError or ReportDownloadError.
   */
  run: composite(async (context, adAccountId: string, request: ReportRequest, options: RunReportOptions = {}): Promise<FinishedReport> => {
    // Before the report is requested: a timeout that is not a number would otherwise disable it.
    checkReportOptions(options, 'reports.run');
    return runReport(
      {
        create: () => reports.create.run(context, adAccountId, request),
        get: (token) => reports.get.run(context, adAccountId, token),
        fetch: context.fetch,
        ...(request.report_format === undefined ? {} : { format: request.report_format }),
      },
      options,
    );
  }),
};
