// The ads tree, read only: ad accounts, their campaigns, ad groups and ads. Nothing that spends
// budget is offered by this server at all.
import { defineTool } from '../tool-kit.js';
import { id } from '../tool-inputs.js';
import { answer } from '../tool-result.js';
import { READ_ONLY } from './read-tools.js';

// An advertiser can have thousands of ads; the tree stops at this many objects and says so.
const MAX_NODES = 500;

interface Node {
  [field: string]: unknown;
}

export const getAdsTree = defineTool({
  name: 'get_ads_tree',
  needs: ['listAdAccounts', 'listCampaigns', 'listAdGroups', 'listAds'],
  title: 'The ads tree',
  description: `Ad accounts with their campaigns, ad groups and ads (read only; at most ${MAX_NODES} objects, then truncated is true).`,
  input: { ad_account_id: id('Only this ad account').optional() },
  annotations: READ_ONLY,
  run: async ({ ad_account_id }, { account }) => {
    const pinterest = await account();
    let count = 0;
    let truncated = false;
    const take = async (items: AsyncIterable<object>): Promise<Node[]> => {
      const kept: Node[] = [];
      for await (const item of items) {
        if (count >= MAX_NODES) {
          truncated = true;
          break;
        }
        count += 1;
        kept.push({ ...(item as Node) });
      }
      return kept;
    };
    const accounts = (await take(pinterest.listAdAccounts({ pageSize: 25 }))).filter(
      (adAccount) => ad_account_id === undefined || String(adAccount.id) === ad_account_id,
    );
    for (const adAccount of accounts) {
      const accountId = String(adAccount.id);
      const campaigns = await take(pinterest.listCampaigns(accountId));
      for (const campaign of campaigns) {
        const adGroups = await take(pinterest.listAdGroups(accountId, { campaignIds: [String(campaign.id)] }));
        for (const adGroup of adGroups) adGroup.ads = await take(pinterest.listAds(accountId, { adGroupIds: [String(adGroup.id)] }));
        campaign.ad_groups = adGroups;
      }
      adAccount.campaigns = campaigns;
    }
    return answer({ ad_accounts: accounts, ...(truncated ? { truncated: true } : {}) });
  },
});
