// The user's daily impressions and saves as series (metric -> dated points, a missing day null):
// for each metric, how many days have a value and its best day.  Usage: tsx src/analytics-series.ts
import { analyticsSeries, createV5Client } from '@pinkit/api-v5';

const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const range = { start_date: day(13), end_date: day(0) };

const answer = await pinterest.analytics.getUserAccount({ ...range, metric_types: ['IMPRESSION', 'SAVE'] });
for (const { metric, points } of analyticsSeries(answer, { startDate: range.start_date, endDate: range.end_date })) {
  const known = points.flatMap((point) => (point.value === null ? [] : [{ date: point.date, value: point.value }]));
  const best = known.reduce((high, point) => (point.value > high.value ? point : high), known[0] ?? { date: '-', value: 0 });
  console.log(`${metric}: ${known.length} of ${points.length} days, best ${best.value} on ${best.date}`);
}
