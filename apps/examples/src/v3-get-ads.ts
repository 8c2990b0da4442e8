// The ads tree through the legacy API v3, indented. v3 calls an ad account an advertiser and an
// ad a pin promotion, and lists each level under its parent alone.
import { createV3Client } from '@pinkit/api-v3';

const pinterest = createV3Client({
  apiUri: process.env.PINTEREST_API_URI,
  token: process.env.V3_ACCESS_TOKEN || process.env.ACCESS_TOKEN || '',
});

// The advertisers list is asked by owner, so the user's id comes first.
const me = await pinterest.users.get();
for await (const advertiser of pinterest.ads.listAdvertisers(me.id)) {
  console.log(`Ad account ${advertiser.id}: ${advertiser.name}`);
  for await (const campaign of pinterest.ads.listCampaigns(advertiser.id)) {
    console.log(`  Campaign ${campaign.id}: ${campaign.name} [${campaign.status}]`);
    for await (const group of pinterest.ads.listAdGroups(campaign.id)) {
      console.log(`    Ad group ${group.id}: ${group.name}`);
      for await (const ad of pinterest.ads.listPinPromotions(group.id)) {
        console.log(`      Ad ${ad.id}: ${ad.name ?? ''} (pin ${ad.pin_id})`);
      }
    }
  }
}
