import { Command, Option } from 'clipanion';
import { checkWithFlags, defaultRange, listFlag } from '../analytics/analytics-flags.js';
import { adAccountFor } from '../analytics/ad-account-for.js';
import { runAdsReport } from '../analytics/run-ads-report.js';
import { requireV5 } from '../base/require-v5.js';
import { ApiCommand } from '../base/api-command.js';
import { reportSeries } from '../charts/answer-series.js';
import { csvOption, htmlOption } from '../charts/chart-options.js';
import { writeChartFiles } from '../charts/write-chart-files.js';

const FLAGS = {
  start_date: '--start-date',
  end_date: '--end-date',
  granularity: '--granularity',
  level: '--level',
  columns: '--columns',
  report_format: '--format',
};

export class AdsReportCommand extends ApiCommand {
  static override paths = [['ads-report']];

  static override usage = Command.Usage({
    category: 'Ads and analytics',
    description: 'Request an asynchronous ads report, wait for it and download it',
    details: `
      Requests a report with \`POST /v5/ad_accounts/{id}/reports\`, polls \`GET .../reports?token=\`
      (after 1 s, doubling to 10 s, with a progress line on stderr) and downloads the file it points
      to: printed, or written to \`--output FILE\`. It stops with an error if the report ends FAILED,
      EXPIRED, CANCELLED or DOES_NOT_EXIST, or is not ready within 10 minutes.

      Defaults: the last 30 days, \`DAY\`, level \`CAMPAIGN\`, columns
      \`SPEND_IN_DOLLAR,TOTAL_IMPRESSION,TOTAL_CLICKTHROUGH\`, JSON. Every attribute is checked
      against Pinterest's limits and values before any request. On a terminal a missing
      \`--ad-account-id\` is chosen from a list.

      \`--html FILE\` also writes a page with a chart per column (per entity when the report has
      several) and the table of numbers; \`--csv FILE\` writes that table. Days the report leaves
      out (Pinterest omits rows whose columns are all 0) are gaps. A CSV report at a level with
      several campaigns needs their id column (\`CAMPAIGN_ID\`) in \`--columns\` to tell the rows apart.
    `,
    examples: [
      [
        'Campaign spend by day for March, as CSV',
        '$0 ads-report --ad-account-id 5491 --start-date 2026-03-01 --end-date 2026-03-31 --format csv',
      ],
      [
        'Ad group clicks by week into a file',
        '$0 ads-report --ad-account-id 5491 --level AD_GROUP --granularity WEEK --columns TOTAL_CLICKTHROUGH --output report.json',
      ],
      ['Spend by day as a chart page', '$0 ads-report --ad-account-id 5491 --level ADVERTISER --columns SPEND_IN_DOLLAR --html spend.html'],
    ],
  });

  adAccountId = Option.String('--ad-account-id', { description: 'Ad account to report on' });
  startDate = Option.String('--start-date', { description: 'First day, YYYY-MM-DD (default 30 days ago)' });
  endDate = Option.String('--end-date', { description: 'Last day, YYYY-MM-DD (default today, UTC)' });
  granularity = Option.String('--granularity', 'DAY', { description: 'TOTAL, DAY (default), HOUR, WEEK or MONTH' });
  reportLevel = Option.String('--level', 'CAMPAIGN', { description: 'ADVERTISER, CAMPAIGN (default), AD_GROUP, PIN_PROMOTION, ...' });
  columns = Option.String('--columns', 'SPEND_IN_DOLLAR,TOTAL_IMPRESSION,TOTAL_CLICKTHROUGH', {
    description: 'Comma-separated report columns',
  });
  format = Option.String('--format', 'json', { description: 'json (default) or csv' });
  outputFile = Option.String('--output', { description: 'Write the report file here instead of printing it' });
  htmlFile = htmlOption();
  csvFile = csvOption();

  protected async run() {
    // ads-report goes beyond the quickstart and is v5's report API; v3's is analytics-api-example.
    requireV5(this.config().apiVersion, this.commandName(), "use analytics-api-example -v 3 (v3's asynchronous delivery-metrics report)");
    const request = {
      startDate: this.startDate ?? defaultRange().startDate,
      endDate: this.endDate ?? defaultRange().endDate,
      granularity: this.granularity.toUpperCase(),
      level: this.reportLevel.toUpperCase(),
      columns: listFlag(this.columns, '--columns'),
      format: this.format.toUpperCase(),
    };
    await checkWithFlags(FLAGS, 5, { kind: 'report', request });
    const { pinterest, adAccountId } = await adAccountFor(this.context, this.adAccountId, () =>
      this.account(['listAdsChoices', 'runAdsReport']),
    );
    const write = (text: string) => void this.context.stderr.write(text);
    const data = await runAdsReport({
      pinterest,
      adAccountId,
      request,
      progress: (line) => write(`${line}\n`),
      out: this.output(),
      outputFile: this.outputFile,
    });
    if (this.htmlFile === undefined && this.csvFile === undefined) return;
    const shape = { ...request, granularity: request.granularity as never, metrics: request.columns };
    const series = await reportSeries(data, request.format, shape);
    const title =
      `pinkit ads-report, ad account ${adAccountId}, ${request.level} by ${request.granularity}, ` +
      `${request.startDate} to ${request.endDate}`;
    for (const note of await writeChartFiles(series, { html: this.htmlFile, csv: this.csvFile }, title)) write(`${note}\n`);
  }
}
