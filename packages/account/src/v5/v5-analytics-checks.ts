import { checkAdsAnalyticsQuery, checkPinAnalyticsQuery, checkReportRequest, checkUserAnalyticsQuery } from '@pinkit/api-v5';
import type { AnalyticsRequest } from '../analytics-checks.js';

const ADS_QUERY = { ad_account: 'ad_account', campaign: 'campaigns', ad_group: 'ad_groups', ad: 'ads' } as const;
const ADS_IDS = { ad_account: undefined, campaign: 'campaign_ids', ad_group: 'ad_group_ids', ad: 'ad_ids' } as const;

/** v5's own checks of an analytics request (`@pinkit/api-v5`), in the request's v5 attributes. */
export function checkV5AnalyticsRequest(request: AnalyticsRequest): void {
  if (request.kind === 'report') {
    const { startDate, endDate, granularity, level, columns, format } = request.request;
    checkReportRequest({
      start_date: startDate,
      end_date: endDate,
      granularity: granularity as never,
      level: level as never,
      columns: columns as never,
      report_format: format as never,
    });
    return;
  }
  const dates = { start_date: request.range.startDate, end_date: request.range.endDate };
  if (request.kind === 'user') return checkUserAnalyticsQuery({ ...dates, metric_types: request.metrics as never });
  if (request.kind === 'pin') return checkPinAnalyticsQuery({ ...dates, metric_types: request.metrics as never });
  const query = { ...dates, granularity: request.granularity as never, columns: request.columns as never };
  const ids = ADS_IDS[request.level];
  checkAdsAnalyticsQuery(ADS_QUERY[request.level], ids ? { ...query, [ids]: [request.id] } : query);
}
