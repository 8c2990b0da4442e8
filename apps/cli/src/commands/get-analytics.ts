import type { SeriesOptions } from '@pinkit/api-v5';
import { Command, Option } from 'clipanion';
import * as t from 'typanion';
import type { AdsAnalyticsLevel, AdsIds, AnyAccount, Capability, V5Account } from '@pinkit/account';
import { answerId } from '@pinkit/account';
import { checkWithFlags, defaultRange, listFlag } from '../analytics/analytics-flags.js';
import { metricsLines, rowLines } from '../analytics/analytics-lines.js';
import { chooseAdsIds, chooseOne } from '../analytics/choose-ads-ids.js';
import { ANALYTICS_OBJECTS, checkIdFlags, IDS_USED, type AnalyticsObject } from '../analytics/id-flags.js';
import { writeOutputFile } from '../analytics/write-output-file.js';
import { ApiCommand } from '../base/api-command.js';
import { answerSeries } from '../charts/answer-series.js';
import { chartLines } from '../charts/chart-lines.js';
import { chartOption, csvOption, htmlOption } from '../charts/chart-options.js';
import { writeChartFiles } from '../charts/write-chart-files.js';
import { openPrompter, type Prompter } from '../input/ask.js';
import { InputError } from '../output/describe-error.js';
import { useColor } from '../output/use-color.js';

// The quickstart's defaults.
const USER_METRICS = 'IMPRESSION,PIN_CLICK_RATE';
const PIN_METRICS = 'IMPRESSION,PIN_CLICK,SAVE';
const ADS_COLUMNS = 'SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH';

// What v3 never had, and what replaced it on v5.
const NOT_ON_V3: Partial<Record<AnalyticsObject, string>> = {
  pin: 'Pin analytics',
  ad_account_user: "the user analytics of an ad account's owner",
};

const FLAGS = {
  start_date: '--start-date',
  end_date: '--end-date',
  granularity: '--granularity',
  metric_types: '--metrics',
  columns: '--metrics',
  campaign_ids: '--campaign-id',
  ad_group_ids: '--ad-group-id',
  ad_ids: '--ad-id',
};

export class GetAnalyticsCommand extends ApiCommand {
  static override paths = [['get-analytics']];

  static override usage = Command.Usage({
    category: 'Ads and analytics',
    description: 'Read the analytics of the user, a Pin, or an ad account, campaign, ad group or ad',
    details: `
      \`-o\` picks what to analyse: \`user\` (\`GET /v5/user_account/analytics\`), \`pin\`, \`ad_account_user\`
      (the user analytics of an ad account's owner), \`ad_account\`, \`campaign\`, \`ad_group\` or \`ad\`
      (\`GET /v5/ad_accounts/{id}/.../analytics\`). An id at one level needs the ids above it; on a
      terminal a missing id is chosen from a list, elsewhere it is an error naming the flag.

      Defaults, as in the quickstart: the last 30 days; \`IMPRESSION,PIN_CLICK_RATE\` for the user,
      \`IMPRESSION,PIN_CLICK,SAVE\` for a Pin, \`SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH\` by \`DAY\` for ads.
      Dates, granularity and metrics are checked against Pinterest's limits before any request.
      \`--output FILE\` writes the answer as JSON (replacing the file only once the answer is in).

      On \`-v 3\` the quickstart's v3 calls answer: \`user\` reads \`GET /v3/partners/analytics/users/{id}/metrics/\`
      and the ads objects the ads v4 delivery metrics (\`GET /ads/v4/advertisers/{id}/.../delivery_metrics\`); v3 had
      no \`pin\` nor \`ad_account_user\`, which v5 added. \`--json\` prints v3's own answer; the rest looks the same.

      \`--chart\` prints a line per metric under the summary: a sparkline of the values, the total
      (the mean for rates), the lowest and highest day, and the change against the first half of the
      range. It is on by default for daily numbers on a terminal; \`--no-chart\` turns it off.
      \`--html FILE\` writes a page with a chart per metric and the table of numbers (inline SVG, no
      script, nothing fetched); \`--csv FILE\` writes the table. A day without a value is a gap, not 0.
    `,
    examples: [
      ["The user's impressions and click rate for the last 30 days", '$0 get-analytics -o user'],
      ['A campaign by week, as JSON', '$0 get-analytics -o campaign --ad-account-id 5491 --campaign-id 6261 --granularity WEEK --json'],
      ['An ad account into a file', '$0 get-analytics -o ad_account --ad-account-id 5491 --output analytics_output.json'],
      ['Pin analytics as a chart page and a spreadsheet', '$0 get-analytics -o pin --pin-id 8832 --html pin.html --csv pin.csv'],
    ],
  });

  object = Option.String('-o,--analytics-object', 'user', {
    description: `What to analyse: ${ANALYTICS_OBJECTS.join(', ')} (default user)`,
    validator: t.isEnum(ANALYTICS_OBJECTS),
  });

  pinId = Option.String('--pin-id', { description: 'Pin to analyse (-o pin)' });
  adAccountId = Option.String('--ad-account-id', { description: 'Ad account (the ads objects, ad_account_user)' });
  campaignId = Option.String('--campaign-id', { description: 'Campaign (-o campaign and below)' });
  adGroupId = Option.String('--ad-group-id', { description: 'Ad group (-o ad_group and below)' });
  adId = Option.String('--ad-id', { description: 'Ad (-o ad)' });
  startDate = Option.String('--start-date', { description: 'First day, YYYY-MM-DD (default 30 days ago)' });
  endDate = Option.String('--end-date', { description: 'Last day, YYYY-MM-DD (default today, UTC)' });
  granularity = Option.String('--granularity', { description: 'Ads only: TOTAL, DAY (default), HOUR, WEEK or MONTH' });
  metrics = Option.String('--metrics', { description: 'Comma-separated metrics (user, Pin) or columns (ads)' });
  outputFile = Option.String('--output', { description: 'Write the answer to this JSON file' });
  chart = chartOption();
  htmlFile = htmlOption();
  csvFile = csvOption();

  protected async run() {
    const object = this.object as AnalyticsObject;
    const onV3 = this.config().apiVersion === '3';
    const v3Lacks = NOT_ON_V3[object];
    if (onV3 && v3Lacks)
      throw new InputError(`get-analytics -o ${object}: API v3 never had ${v3Lacks}; use -v 5 (get-analytics -o ${object} -v 5).`);
    const given = this.givenIds();
    checkIdFlags(object, given);
    const range = { startDate: this.startDate ?? defaultRange().startDate, endDate: this.endDate ?? defaultRange().endDate };
    const ads = object !== 'user' && object !== 'pin' && object !== 'ad_account_user';
    if (!ads && this.granularity !== undefined) throw new InputError(`--granularity is for the ads objects; -o ${object} is by day.`);
    const metrics = listFlag(this.metrics ?? (ads ? ADS_COLUMNS : object === 'pin' ? PIN_METRICS : USER_METRICS), '--metrics');
    const granularity = (this.granularity ?? 'DAY').toUpperCase();
    await this.checkAttributes(onV3 ? 3 : 5, object, range, metrics, granularity, given);
    if (this.chart && this.json) throw new InputError('--chart draws for people; it does not mix with --json (--html and --csv do).');

    const interactive = Boolean((this.context.stdin as { isTTY?: boolean }).isTTY);
    const needsChoice = object === 'pin' ? !this.pinId : IDS_USED[object].some((flag) => !given[flag]);
    if (needsChoice && !interactive) {
      const missing = IDS_USED[object].find((flag) => !given[flag]) ?? '--pin-id';
      throw new InputError(`Missing ${missing}: the input is not a terminal to choose on.`);
    }
    // The sign-in asks for what the reads need, and the lists to choose from (the ads tree, the user's pins).
    const capabilities: Capability[] = ads
      ? ['getAdsAnalytics', 'listAdsChoices']
      : object === 'ad_account_user'
        ? ['getUserAnalytics', 'listAdsChoices']
        : ['getUserAnalytics'];
    const pinterest = object === 'pin' ? await this.v5Account(['getPinAnalytics', 'listUserPins']) : await this.account(capabilities);
    const prompter = needsChoice ? await openPrompter(this.context.stdin, this.context.stderr) : undefined;
    let answer: object;
    try {
      answer =
        object === 'pin'
          ? await this.readPin(pinterest as V5Account, prompter, range, metrics)
          : await this.read(pinterest, prompter, object, range, metrics, granularity);
    } finally {
      prompter?.close();
    }
    await this.show(answer, ads, { ...range, granularity: granularity as never, metrics }, object);
  }

  private givenIds(): Record<string, string | undefined> {
    return {
      '--pin-id': this.pinId,
      '--ad-account-id': this.adAccountId,
      '--campaign-id': this.campaignId,
      '--ad-group-id': this.adGroupId,
      '--ad-id': this.adId,
    };
  }

  /** The version's own checks (real dates in order, the metrics and enumerations it has), in the flags' words. */
  private async checkAttributes(
    version: 5 | 3,
    object: AnalyticsObject,
    range: { startDate: string; endDate: string },
    metrics: string[],
    granularity: string,
    given: Record<string, string | undefined>,
  ): Promise<void> {
    if (object === 'user' || object === 'ad_account_user' || object === 'pin') {
      await checkWithFlags(FLAGS, version, { kind: object === 'pin' ? 'pin' : 'user', range, metrics });
      return;
    }
    // An id still to be chosen is stood in for by a placeholder; a given one is checked as typed.
    const idFlag = { ad_account: '--ad-account-id', campaign: '--campaign-id', ad_group: '--ad-group-id', ad: '--ad-id' }[object];
    const id = given[idFlag] ?? '0';
    await checkWithFlags(FLAGS, version, { kind: 'ads', level: object, range, granularity, columns: metrics, id });
  }

  /** Pin analytics, which only v5 has. */
  private async readPin(
    pinterest: V5Account,
    prompter: Prompter | undefined,
    range: { startDate: string; endDate: string },
    metrics: string[],
  ): Promise<object> {
    const write = (text: string) => void this.context.stderr.write(text);
    let pinId = this.pinId;
    if (!pinId && prompter) {
      const pins = [];
      for await (const pin of pinterest.listUserPins({ pageSize: 50 })) {
        // The chosen id goes into the analytics call's path: one that cannot is the server's fault.
        pins.push({ id: answerId(pin.id, 'pin'), name: pin.title ?? '' });
        if (pins.length === 50) break;
      }
      pinId = await chooseOne(prompter, 'Pin', '--pin-id', pins, write);
    }
    return pinterest.getPinAnalytics(pinId ?? '', range, metrics);
  }

  private async read(
    pinterest: AnyAccount,
    prompter: Prompter | undefined,
    object: Exclude<AnalyticsObject, 'pin'>,
    range: { startDate: string; endDate: string },
    metrics: string[],
    granularity: string,
  ): Promise<object> {
    const write = (text: string) => void this.context.stderr.write(text);
    if (object === 'user') return pinterest.getUserAnalytics(range, metrics);
    const level: AdsAnalyticsLevel = object === 'ad_account_user' ? 'ad_account' : object;
    const given: Partial<AdsIds> = {
      ...(this.adAccountId ? { adAccountId: this.adAccountId } : {}),
      ...(this.campaignId ? { campaignId: this.campaignId } : {}),
      ...(this.adGroupId ? { adGroupId: this.adGroupId } : {}),
      ...(this.adId ? { adId: this.adId } : {}),
    };
    const ids = await chooseAdsIds(pinterest, prompter, level, given, write);
    if (object === 'ad_account_user') return pinterest.getUserAnalytics(range, metrics, ids.adAccountId);
    return pinterest.getAdsAnalytics(level, ids, { ...range, granularity, columns: metrics });
  }

  private async show(answer: object, ads: boolean, shape: SeriesOptions, object: AnalyticsObject): Promise<void> {
    const out = this.output();
    // Drawn by default only where the summary is printed for a person, and only for days: an
    // hourly month would not fit on a line, a weekly one is a handful of points.
    const terminal = Boolean((this.context.stdout as { isTTY?: boolean }).isTTY);
    const chart = this.chart ?? (terminal && !this.json && this.outputFile === undefined && shape.granularity === 'DAY');
    const files = { html: this.htmlFile, csv: this.csvFile };
    const series = chart || files.html !== undefined || files.csv !== undefined ? await answerSeries(answer, shape) : [];
    const title = `pinkit get-analytics -o ${object}, ${shape.startDate} to ${shape.endDate}`;
    for (const note of await writeChartFiles(series, files, title)) this.context.stderr.write(`${note}\n`);
    const drawn = chart ? ['', ...chartLines(series, { colored: useColor(this.context) })] : [];
    if (this.outputFile !== undefined) {
      await writeOutputFile(this.outputFile, `${JSON.stringify(answer, null, 2)}\n`);
      this.context.stderr.write(`Analytics written to ${this.outputFile}.\n`);
      if (chart) await out.note(drawn.slice(1).join('\n'));
      return;
    }
    const lines = ads ? rowLines(answer as object[]) : metricsLines(answer);
    await out.item(answer, () => [...(lines.length > 0 ? lines : ['No analytics for this range.']), ...drawn].join('\n'));
  }
}
