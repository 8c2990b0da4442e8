import { checkReportOptions, downloadReport } from '@pinkit/analytics';
import { pathSegment, UnexpectedResponseError } from '@pinkit/http';
import { queryOf } from './analytics.js';
import type { V3DeliveryMetricsReportAttributes } from './analytics-query.js';
import type { V3DeliveryMetric, V3ReportState, V3ReportToken } from './analytics-types.js';
import { checkReportAttributes } from './check-analytics-attributes.js';
import { getObject, postObject, type V3Context } from './v3-call.js';
import { waitForReport, type WaitForReportOptions } from './wait-for-report.js';

/** A finished report and its file as Pinterest wrote it (CSV or JSON text, as `report_format` asked). */
export interface V3FinishedReport {
  token: string;
  url: string;
  /** The size the report's state announced, when it did. */
  size: number | null;
  data: string;
}

export interface RunReportOptions extends WaitForReportOptions {
  /** Largest file accepted (default 50 MiB). */
  maxBytes?: number;
}

/** `client.reports`: v3's asynchronous delivery-metrics report and the list of its metrics. */
export function reports(context: V3Context) {
  const path = (call: string, advertiserId: string) =>
    `/ads/v3/reports/async/${pathSegment(call, 'advertiser', advertiserId)}/delivery_metrics/`;
  const api = {
    /** `GET /ads/v3/resources/delivery_metrics/`: every metric a report can carry, with its definition. */
    listDeliveryMetrics: async (): Promise<V3DeliveryMetric[]> => {
      const data = await getObject<{ metrics?: unknown }>(context, 'reports.listDeliveryMetrics', '/ads/v3/resources/delivery_metrics/');
      if (!Array.isArray(data.metrics)) {
        throw new UnexpectedResponseError({
          operation: 'reports.listDeliveryMetrics',
          field: 'data.metrics',
          expected: 'an array',
          got: data.metrics,
        });
      }
      return data.metrics as V3DeliveryMetric[];
    },
    /** `POST /ads/v3/reports/async/{advertiser}/delivery_metrics/?...`: requests a report; attributes are checked first. */
    requestDeliveryMetrics: async (advertiserId: string, attributes: V3DeliveryMetricsReportAttributes): Promise<V3ReportToken> => {
      checkReportAttributes(attributes);
      const call = 'reports.requestDeliveryMetrics';
      const { filters, ...rest } = attributes;
      const query = { ...queryOf(rest), ...(filters === undefined ? {} : { filters: JSON.stringify(filters) }) };
      const answer = await postObject<Partial<V3ReportToken>>(context, call, path(call, advertiserId), query);
      if (typeof answer.token !== 'string' || answer.token === '') {
        throw new UnexpectedResponseError({ operation: call, field: 'data.token', expected: 'a token', got: answer.token });
      }
      return answer as V3ReportToken;
    },
    /** `GET /ads/v3/reports/async/{advertiser}/delivery_metrics/?token=...`: the report's state, and its file's URL once FINISHED. */
    getDeliveryMetricsReport: async (advertiserId: string, token: string): Promise<V3ReportState> => {
      const call = 'reports.getDeliveryMetricsReport';
      const state = await getObject<Partial<V3ReportState>>(context, call, path(call, advertiserId), { token });
      if (typeof state.report_status !== 'string') {
        throw new UnexpectedResponseError({ operation: call, field: 'data.report_status', expected: 'a string', got: state.report_status });
      }
      return state as V3ReportState;
    },
    /** Polls a requested report (1 s doubling to 10 s, bounded by `timeoutMs`) until FINISHED; see `waitForReport`. */
    waitForDeliveryMetricsReport: async (advertiserId: string, token: string, options: WaitForReportOptions = {}) => {
      checkReportOptions(options, 'reports.waitForDeliveryMetricsReport');
      return waitForReport(token, () => api.getDeliveryMetricsReport(advertiserId, token), options);
    },
    /**
     * Requests a report, waits for it and downloads its file (without the access token). Throws
     * ReportFailedError, ReportTimeoutError or ReportDownloadError.
     */
    runDeliveryMetricsReport: async (
      advertiserId: string,
      attributes: V3DeliveryMetricsReportAttributes,
      options: RunReportOptions = {},
    ): Promise<V3FinishedReport> => {
      // Before the report is requested: a timeout that is not a number would otherwise disable it.
      checkReportOptions(options, 'reports.runDeliveryMetricsReport');
      const at = (options.now ?? Date.now)();
      const { token, report_status: status } = await api.requestDeliveryMetrics(advertiserId, attributes);
      const finished = await waitForReport(token, () => api.getDeliveryMetricsReport(advertiserId, token), {
        ...options,
        requested: { status, at },
      });
      // context.http.fetch is the bare transport: the file host gets no Authorization header.
      const data = await downloadReport(context.http.fetch, finished.url, {
        announcedSize: finished.size ?? null,
        ...(attributes.report_format === undefined ? {} : { format: attributes.report_format }),
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return { token, url: finished.url, size: finished.size ?? null, data };
    },
  };
  return api;
}
