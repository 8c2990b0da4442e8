import { Command, Option } from 'clipanion';
import { defaultRange } from '../analytics/analytics-flags.js';
import { adAccountFor } from '../analytics/ad-account-for.js';
import { runAdsReport } from '../analytics/run-ads-report.js';
import { describeReportMetrics } from '../analytics/report-metrics.js';
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

      On \`-v 3\` it runs the quickstart's v3 report: it first lists the delivery metrics
      (\`GET /ads/v3/resources/delivery_metrics/\`), shows the definitions of the ones asked for and
      checks that v3 has them, then requests \`POST /ads/v3/reports/async/{id}/delivery_metrics/\` and
      polls it the same way. The report and its output are those of v5.
    `,
    examples: [['Run the example for an ad account', '$0 analytics-api-example --ad-account-id 5491']],
  });

  adAccountId = Option.String('--ad-account-id', { description: 'Ad account (chosen from a list on a terminal when left out)' });

  protected async run() {
    const open = () => this.account(['listAdsChoices', 'runAdsReport']);
    const { pinterest, adAccountId } = await adAccountFor(this.context, this.adAccountId, open);
    const write = (text: string) => void this.context.stderr.write(text);
    const { supports } = await import('@pinkit/account/scopes');
    if (supports(pinterest.version, 'listReportMetrics')) {
      const lines = describeReportMetrics(await pinterest.listReportMetrics(), DELIVERY_METRICS);
      write(`${lines.join('\n')}\n`);
    }
    const request = { ...defaultRange(), granularity: 'DAY', level: 'ADVERTISER', columns: DELIVERY_METRICS, format: 'JSON' };
    await runAdsReport({ pinterest, adAccountId, request, progress: (line) => write(`${line}\n`), out: this.output() });
  }
}
