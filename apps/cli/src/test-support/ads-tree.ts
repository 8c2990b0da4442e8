import { createV5Client } from '@pinkit/api-v5';
import type { Simulator } from '@pinkit/sim';

export interface AdsTree {
  adAccountId: string;
  campaignId: string;
  adGroupId: string;
  adId: string;
}

/**
 * The first branch of the simulator's seeded ads tree, read through a report (the list routes of
 * campaigns, ad groups and ads are another area's), without the polling waits.
 */
export async function firstAdsBranch(sim: Simulator): Promise<AdsTree> {
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN ?? '' });
  let adAccountId = '';
  for await (const account of client.adAccounts.list()) if (adAccountId === '') adAccountId = account.id ?? '';
  const today = new Date().toISOString().slice(0, 10);
  const report = await client.reports.run(
    adAccountId,
    { start_date: today, end_date: today, granularity: 'TOTAL', level: 'PIN_PROMOTION', columns: ['CAMPAIGN_ID', 'AD_GROUP_ID', 'AD_ID'] },
    { sleep: async () => undefined },
  );
  const rows = Object.values(JSON.parse(report.data) as Record<string, Array<Record<string, string>>>).flat();
  const first = rows[0] ?? {};
  return { adAccountId, campaignId: first['CAMPAIGN_ID'] ?? '', adGroupId: first['AD_GROUP_ID'] ?? '', adId: first['AD_ID'] ?? '' };
}
