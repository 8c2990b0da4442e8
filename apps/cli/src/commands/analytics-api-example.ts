import { Command, Option } from 'clipanion';
import { defaultRange } from '../analytics/analytics-flags.js';
import { adAccountFor } from '../analytics/ad-account-for.js';
import { runAdsReport } from '../analytics/run-ads-report.js';
import { ApiCommand } from '../base/api-command.js';

// The quickstart's asynchronous delivery-metrics report: an ad account's spend, impressions and
// clicks by day over the last 30 days.
const DELIVERY_METRICS = ['SPEND_IN_DOLLAR', 'TOTAL_IMPRESSION', 'TOTAL_CLICKTHROUGH'];

export class AnalyticsApiExampleCommand extends ApiCommand {
  static override paths = [['analytics-api-example']];

  static override usage = Command.Usage({
    category: 'Ads and analytics',
    description: "The quickstart's asynchronous delivery-metrics report for an ad account",
    details: `
      Requests the last 30 days of spend, impressions and clicks by day for an ad account as an
      asynchronous report (\`POST /v5/ad_accounts/{id}/reports\`), polls it with backoff (1 s
      doubling to 10 s) and prints the file it points to. Unlike the quickstart it stops on a
      report that FAILED, EXPIRED or was CANCELLED. \`ads-report\` takes every attribute as a flag.
    `,
    examples: [['Run the example for an ad account', '$0 analytics-api-example --ad-account-id 5491']],
  });

  adAccountId = Option.String('--ad-account-id', { description: 'Ad account (chosen from a list on a terminal when left out)' });

  protected async run() {
    const { pinterest, adAccountId } = await adAccountFor(this.context, this.adAccountId, () => this.api(['ads:read']));
    const write = (text: string) => void this.context.stderr.write(text);
    const request = { ...defaultRange(), granularity: 'DAY', level: 'ADVERTISER', columns: DELIVERY_METRICS, format: 'JSON' };
    await runAdsReport({ pinterest, adAccountId, request, progress: (line) => write(`${line}\n`), out: this.output() });
  }
}
