import type { AnalyticsSeries, SeriesOptions } from '@pinkit/api-v5';

// @pinkit/api-v5 is loaded only when a chart or a file is asked for, as the commands load it.

/** The series of an analytics answer (user, Pin or ads rows). */
export async function answerSeries(answer: unknown, options: SeriesOptions): Promise<AnalyticsSeries[]> {
  const { analyticsSeries } = await import('@pinkit/api-v5');
  return analyticsSeries(answer, options);
}

/** The series of a downloaded report file, `JSON` or `CSV`. */
export async function reportSeries(data: string, format: string, options: SeriesOptions): Promise<AnalyticsSeries[]> {
  const { reportFileSeries } = await import('@pinkit/api-v5');
  return reportFileSeries(data, format === 'CSV' ? 'CSV' : 'JSON', options);
}
