// The ads tree: every ad account, its campaigns, their ad groups and ads, indented.
import { createV5Client } from '@pinkit/api-v5';

const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });

for await (const account of pinterest.adAccounts.list()) {
  const accountId = account.id as string;
  console.log(`Ad account ${accountId}: ${account.name}`);
  // Archived entities are left out unless entityStatuses asks for them.
  for await (const campaign of pinterest.campaigns.list(accountId)) {
    console.log(`  Campaign ${campaign.id}: ${campaign.name} [${campaign.status}]`);
    for await (const group of pinterest.adGroups.list(accountId, { campaignIds: [campaign.id as string] })) {
      console.log(`    Ad group ${group.id}: ${group.name}`);
      for await (const ad of pinterest.ads.list(accountId, { adGroupIds: [group.id as string] })) {
        console.log(`      Ad ${ad.id}: ${ad.name ?? ''} (pin ${ad.pin_id})`);
      }
    }
  }
}
