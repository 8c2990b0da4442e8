// The quickstart's asynchronous delivery-metrics report, step by step with reports.create and
// reports.get (reports.run does all of this).  Usage: tsx src/analytics-api-example.ts AD_ACCOUNT_ID
import { createV5Client } from '@pinkit/api-v5';

const adAccountId = process.argv[2];
if (!adAccountId) {
  console.error('usage: analytics-api-example.ts AD_ACCOUNT_ID');
  process.exit(2);
}
const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

const { token } = await pinterest.reports.create(adAccountId, {
  start_date: day(30),
  end_date: day(0),
  granularity: 'DAY',
  level: 'ADVERTISER',
  columns: ['SPEND_IN_DOLLAR', 'TOTAL_IMPRESSION', 'TOTAL_CLICKTHROUGH'],
});
let wait = 1_000;
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, wait));
  const status = await pinterest.reports.get(adAccountId, token ?? '');
  console.log(`report ${status.report_status}`);
  if (status.report_status === 'FINISHED' && status.url) {
    // The file lives on another host: fetch it without the access token.
    const file = (await (await fetch(status.url)).json()) as Record<string, unknown[]>;
    console.log(`${Object.values(file).flat().length} rows`);
    break;
  }
  if (status.report_status !== 'IN_PROGRESS') process.exit(1);
  wait = Math.min(wait * 2, 10_000);
}
