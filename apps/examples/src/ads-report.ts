// An asynchronous ads report: request it, wait for it (1 s doubling to 10 s), download it.
// Usage: tsx src/ads-report.ts AD_ACCOUNT_ID [csv|json]
import { createV5Client, ReportFailedError } from '@pinkit/api-v5';

const [adAccountId, format = 'csv'] = process.argv.slice(2);
if (!adAccountId) {
  console.error('usage: ads-report.ts AD_ACCOUNT_ID [csv|json]');
  process.exit(2);
}
const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

try {
  const report = await pinterest.reports.run(
    adAccountId,
    {
      start_date: day(7),
      end_date: day(0),
      granularity: 'DAY',
      level: 'CAMPAIGN',
      columns: ['CAMPAIGN_NAME', 'SPEND_IN_DOLLAR', 'TOTAL_CLICKTHROUGH'],
      report_format: format.toUpperCase() === 'JSON' ? 'JSON' : 'CSV',
    },
    // The library never prints; progress comes as events.
    { onProgress: ({ status, polls }) => console.error(`${status} after ${polls} polls`), timeoutMs: 120_000 },
  );
  process.stdout.write(report.data);
} catch (error) {
  // FAILED, EXPIRED, CANCELLED or DOES_NOT_EXIST: the quickstart would poll forever.
  if (error instanceof ReportFailedError) {
    console.error(`report ${error.status}`);
    process.exit(1);
  }
  throw error;
}
