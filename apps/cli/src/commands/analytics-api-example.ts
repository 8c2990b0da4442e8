import { Command, Option } from 'clipanion';
import { defaultRange } from '../analytics/analytics-flags.js';
import { chooseAdsIds } from '../analytics/choose-ads-ids.js';
import { runAdsReport } from '../analytics/run-ads-report.js';
import { ApiCommand } from '../base/api-command.js';
import { openPrompter } from '../input/ask.js';
import { InputError } from '../output/describe-error.js';

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
    if (this.adAccountId !== undefined && !/^\d+$/.test(this.adAccountId)) {
      throw new InputError(`Invalid --ad-account-id: "${this.adAccountId}" is not a numeric id.`);
    }
    const interactive = Boolean((this.context.stdin as { isTTY?: boolean }).isTTY);
    if (!this.adAccountId && !interactive) throw new InputError('Missing --ad-account-id: the input is not a terminal to choose on.');
    const pinterest = await this.api(['ads:read']);
    const prompter = this.adAccountId ? undefined : await openPrompter(this.context.stdin, this.context.stderr);
    const write = (text: string) => void this.context.stderr.write(text);
    let adAccountId: string;
    try {
      adAccountId = (
        await chooseAdsIds(pinterest, prompter, 'ad_account', this.adAccountId ? { adAccountId: this.adAccountId } : {}, write)
      ).adAccountId;
    } finally {
      prompter?.close();
    }
    const request = { ...defaultRange(), granularity: 'DAY', level: 'ADVERTISER', columns: DELIVERY_METRICS, format: 'JSON' };
    await runAdsReport({ pinterest, adAccountId, request, progress: (line) => write(`${line}\n`), out: this.output() });
  }
}
