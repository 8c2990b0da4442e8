// The quickstart's analytics_api_example on the legacy API v3: the metrics a delivery-metrics
// report can carry, then the asynchronous report, polled (1 s doubling to 10 s) and downloaded
// by reports.runDeliveryMetricsReport.  Usage: tsx src/v3-analytics-api-example.ts AD_ACCOUNT_ID
import { createV3Client, ReportFailedError } from '@pinkit/api-v3';

const advertiserId = process.argv[2];
if (!advertiserId) {
  console.error('usage: v3-analytics-api-example.ts AD_ACCOUNT_ID');
  process.exit(2);
}
const pinterest = createV3Client({
  apiUri: process.env.PINTEREST_API_URI,
  token: process.env.V3_ACCESS_TOKEN || process.env.ACCESS_TOKEN || '',
});
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

// v3 names its metrics and says what each one means.
const metrics = await pinterest.reports.listDeliveryMetrics();
const wanted = ['SPEND_IN_DOLLAR', 'TOTAL_CLICKTHROUGH'].filter((name) => metrics.some((metric) => metric.name === name));
for (const name of wanted) console.log(`${name}: ${metrics.find((metric) => metric.name === name)?.definition}`);

try {
  // The attributes are checked before anything is sent: a wrong level or date throws at once.
  const report = await pinterest.reports.runDeliveryMetricsReport(
    advertiserId,
    { start_date: day(30), end_date: day(0), level: 'ADVERTISER', granularity: 'DAY', metrics: wanted, report_format: 'csv' },
    { onProgress: ({ status }) => console.log(`report ${status}`) },
  );
  console.log(`${report.data.trim().split('\n').length - 1} rows`);
} catch (error) {
  if (!(error instanceof ReportFailedError)) throw error;
  console.error(error.message);
  process.exit(1);
}
