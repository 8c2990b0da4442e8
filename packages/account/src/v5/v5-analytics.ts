import type { ReportRequest, V5Client } from '@pinkit/api-v5';
import type { AdsChoice, AdsIds, AnalyticsReader } from '../account.js';
import { answerId } from '../with-id.js';

type Query = Parameters<V5Client['analytics']['getAdAccount']>[1];

/** Follows the bookmarks of a v5 list read through `client.request`. */
async function* pagesOf<T>(read: (bookmark: string | undefined) => Promise<{ items: T[]; bookmark?: string | null }>): AsyncGenerator<T> {
  let bookmark: string | undefined;
  do {
    const page = await read(bookmark);
    yield* page.items;
    bookmark = page.bookmark ?? undefined;
  } while (bookmark);
}

// A chosen id goes into the paths of the next level's listing: one that cannot is the server's fault.
const choice = (item: { id?: string; name?: string | null }): AdsChoice => ({
  id: item.id === undefined ? '' : answerId(item.id, 'ads object'),
  name: item.name ?? '',
});

function need(value: string | undefined, what: string): string {
  if (!value) throw new Error(`${what} is needed here.`);
  return value;
}

/**
 * The analytics side of PinterestApi for v5. Campaigns, ad groups and ads are listed through
 * `client.request`, so this does not wait for typed areas of those.
 */
export function v5Analytics(client: V5Client): Omit<AnalyticsReader, 'listReportMetrics'> {
  return {
    getUserAnalytics: (range, metrics, adAccountId) =>
      client.analytics.getUserAccount({
        start_date: range.startDate,
        end_date: range.endDate,
        metric_types: [...metrics] as NonNullable<Parameters<V5Client['analytics']['getUserAccount']>[0]['metric_types']>,
        ...(adAccountId ? { ad_account_id: adAccountId } : {}),
      }),
    getPinAnalytics: (pinId, range, metrics) =>
      client.analytics.getPin(pinId, {
        start_date: range.startDate,
        end_date: range.endDate,
        metric_types: [...metrics] as Parameters<V5Client['analytics']['getPin']>[1]['metric_types'],
      }),
    getAdsAnalytics: (level, ids, query) => {
      const base = {
        start_date: query.startDate,
        end_date: query.endDate,
        granularity: query.granularity as Query['granularity'],
        columns: [...query.columns] as Query['columns'],
      };
      if (level === 'ad_account') return client.analytics.getAdAccount(ids.adAccountId, base);
      if (level === 'campaign')
        return client.analytics.getCampaigns(ids.adAccountId, { ...base, campaign_ids: [need(ids.campaignId, 'A campaign id')] });
      if (level === 'ad_group')
        return client.analytics.getAdGroups(ids.adAccountId, { ...base, ad_group_ids: [need(ids.adGroupId, 'An ad group id')] });
      return client.analytics.getAds(ids.adAccountId, { ...base, ad_ids: [need(ids.adId, 'An ad id')] });
    },
    listAdsChoices: (level, ids: Partial<AdsIds>) => {
      if (level === 'ad_account') return mapped(client.adAccounts.list({ pageSize: 100 }));
      const params = { ad_account_id: need(ids.adAccountId, 'An ad account id') };
      const query = (bookmark: string | undefined) => ({ page_size: 100, ...(bookmark ? { bookmark } : {}) });
      if (level === 'campaign') {
        return mapped(pagesOf((b) => client.request('GET /v5/ad_accounts/{ad_account_id}/campaigns', { params, query: query(b) })));
      }
      if (level === 'ad_group') {
        const campaign_ids = [need(ids.campaignId, 'A campaign id')];
        return mapped(
          pagesOf((b) => client.request('GET /v5/ad_accounts/{ad_account_id}/ad_groups', { params, query: { ...query(b), campaign_ids } })),
        );
      }
      const ad_group_ids = [need(ids.adGroupId, 'An ad group id')];
      return mapped(
        pagesOf((b) => client.request('GET /v5/ad_accounts/{ad_account_id}/ads', { params, query: { ...query(b), ad_group_ids } })),
      );
    },
    runAdsReport: async (adAccountId, request, options) => {
      const body = {
        start_date: request.startDate,
        end_date: request.endDate,
        granularity: request.granularity,
        level: request.level,
        columns: [...request.columns],
        report_format: request.format,
      } as ReportRequest;
      const report = await client.reports.run(adAccountId, body, {
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      });
      return { data: report.data, size: report.size };
    },
  };
}

async function* mapped(items: AsyncIterable<{ id?: string; name?: string | null }>): AsyncGenerator<AdsChoice> {
  for await (const item of items) yield choice(item);
}
