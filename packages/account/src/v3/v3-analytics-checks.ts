import { checkDeliveryMetricsQuery, checkUserMetricsQuery } from '@pinkit/api-v3';
import type { AnalyticsRequest } from '../analytics-checks.js';
import { UnsupportedCapabilityError } from '../capability-errors.js';

/** v3's own checks (`@pinkit/api-v3`): real dates in order, and the enumerations v3 had. */
export function checkV3AnalyticsRequest(request: AnalyticsRequest): void {
  if (request.kind === 'pin') throw new UnsupportedCapabilityError(3, 'getPinAnalytics', 'use API v5 (v3 had no Pin analytics)');
  if (request.kind === 'report') {
    const { startDate, endDate, granularity, columns } = request.request;
    checkDeliveryMetricsQuery({ start_date: startDate, end_date: endDate, granularity: granularity as never, columns: [...columns] });
    return;
  }
  const dates = { start_date: request.range.startDate, end_date: request.range.endDate };
  if (request.kind === 'user') checkUserMetricsQuery({ ...dates, metric_types: [...request.metrics] });
  else checkDeliveryMetricsQuery({ ...dates, granularity: request.granularity as never, columns: [...request.columns] });
}
