// The user's impressions and Pin click rate for the last 30 days, then, given an ad account,
// its spend and clicks by day.  Usage: tsx src/get-analytics.ts [AD_ACCOUNT_ID]
import { AnalyticsAttributeError, createV5Client } from '@pinkit/api-v5';

const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const range = { start_date: day(30), end_date: day(0) };

const user = await pinterest.analytics.getUserAccount({ ...range, metric_types: ['IMPRESSION', 'PIN_CLICK_RATE'] });
console.log('user', JSON.stringify(user.all?.summary_metrics));

const adAccountId = process.argv[2];
if (adAccountId) {
  const rows = await pinterest.analytics.getAdAccount(adAccountId, {
    ...range,
    granularity: 'DAY',
    columns: ['SPEND_IN_DOLLAR', 'TOTAL_CLICKTHROUGH'],
  });
  for (const row of rows) console.log(`${row.DATE}  spend ${String(row.SPEND_IN_DOLLAR)}  clicks ${String(row.TOTAL_CLICKTHROUGH)}`);
}

// Attributes are checked before anything is sent: no such day as February 30th.
try {
  await pinterest.analytics.getUserAccount({ start_date: '2026-02-30', end_date: day(0) });
} catch (error) {
  if (!(error instanceof AnalyticsAttributeError)) throw error;
  console.log(`refused before sending: ${error.name} for ${error.attribute}`);
}
