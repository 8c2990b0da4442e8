import type { AnalyticsSeries, SeriesOptions } from '@pinkit/account/analytics';
import { metricsBlocks } from '../analytics/metrics-blocks.js';

// @pinkit/account/analytics is loaded only when a chart or a file is asked for, as the commands load it.

/** The series of an analytics answer (user, Pin or ads rows), of v5 or v3. */
export async function answerSeries(answer: unknown, options: SeriesOptions): Promise<AnalyticsSeries[]> {
  const { analyticsSeries } = await import('@pinkit/account/analytics');
  return analyticsSeries(metricsBlocks(answer), options);
}

/** The series of a downloaded report file, `JSON` or `CSV`. */
export async function reportSeries(data: string, format: string, options: SeriesOptions): Promise<AnalyticsSeries[]> {
  const { reportFileSeries } = await import('@pinkit/account/analytics');
  return reportFileSeries(data, format === 'CSV' ? 'CSV' : 'JSON', options);
}
