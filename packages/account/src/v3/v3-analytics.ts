import type { V3Client } from '@pinkit/api-v3';
import type { AdsChoice, AnalyticsReader } from '../account.js';
import { UnsupportedCapabilityError } from '../capability-errors.js';
import { answerId } from '../with-id.js';

function need(value: string | undefined, what: string): string {
  if (!value) throw new Error(`${what} is needed here.`);
  return value;
}

// A chosen id goes into the paths of the next level's listing and the metrics: one that cannot is the server's fault.
async function* choices<T extends { id: string }>(items: AsyncIterable<T>, name: (item: T) => string | null | undefined) {
  for await (const item of items) yield { id: answerId(item.id, 'ads object'), name: name(item) ?? '' } satisfies AdsChoice;
}

/**
 * The analytics side of the CLI for v3: user metrics under /v3, ads metrics under ads v4 (as the
 * quickstart read them), the ads tree for choosing, and the asynchronous delivery-metrics report.
 * Each answer is v3's own object, so `--json` prints what v3 answered.
 */
export function v3Analytics(client: V3Client): Omit<AnalyticsReader, 'getPinAnalytics'> {
  // v3 names the user in the path of its metrics and as the owner of its ad accounts; read once.
  let me: Promise<string> | undefined;
  const userId = () => (me ??= client.users.get().then((user) => answerId(user.id, 'user')));
  return {
    getUserAnalytics: async (range, metrics, adAccountId) => {
      if (adAccountId)
        throw new UnsupportedCapabilityError(
          3,
          'getUserAnalytics',
          "use API v5 (v3 never had the user analytics of an ad account's owner)",
        );
      return client.analytics.getUserMetrics(await userId(), {
        start_date: range.startDate,
        end_date: range.endDate,
        metric_types: metrics,
      });
    },
    getAdsAnalytics: async (level, ids, query) => {
      const v4 = {
        start_date: query.startDate,
        end_date: query.endDate,
        granularity: query.granularity as Parameters<V3Client['analytics']['getAdvertiserMetrics']>[1]['granularity'],
        columns: query.columns,
      };
      const rows =
        level === 'ad_account'
          ? client.analytics.getAdvertiserMetrics(ids.adAccountId, v4)
          : level === 'campaign'
            ? client.analytics.getCampaignMetrics(ids.adAccountId, [need(ids.campaignId, 'A campaign id')], v4)
            : level === 'ad_group'
              ? client.analytics.getAdGroupMetrics(ids.adAccountId, [need(ids.adGroupId, 'An ad group id')], v4)
              : client.analytics.getAdMetrics(ids.adAccountId, [need(ids.adId, 'An ad id')], v4);
      return [...(await rows)];
    },
    // v3 lists each level under its parent alone (a campaign's ad groups need only the campaign).
    listAdsChoices: (level, ids) => {
      const page = { pageSize: 100 };
      if (level === 'campaign') return choices(client.ads.listCampaigns(need(ids.adAccountId, 'An ad account id'), page), (c) => c.name);
      if (level === 'ad_group') return choices(client.ads.listAdGroups(need(ids.campaignId, 'A campaign id'), page), (g) => g.name);
      if (level === 'ad')
        return choices(client.ads.listPinPromotions(need(ids.adGroupId, 'An ad group id'), page), (ad) => ad.name ?? ad.pin_id);
      return (async function* () {
        yield* choices(client.ads.listAdvertisers(await userId(), page), (advertiser) => advertiser.name);
      })();
    },
    runAdsReport: async (adAccountId, request, options) => {
      const report = await client.reports.runDeliveryMetricsReport(
        adAccountId,
        {
          start_date: request.startDate,
          end_date: request.endDate,
          level: request.level as Parameters<V3Client['reports']['requestDeliveryMetrics']>[1]['level'],
          granularity: request.granularity as Parameters<V3Client['reports']['requestDeliveryMetrics']>[1]['granularity'],
          metrics: request.columns,
          // v3 spells the formats in lower case.
          report_format: request.format.toLowerCase() as 'csv' | 'json',
        },
        {
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        },
      );
      return { data: report.data, size: report.size };
    },
    listReportMetrics: () => client.reports.listDeliveryMetrics(),
  };
}
