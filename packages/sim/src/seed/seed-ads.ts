import type { EntityStatus } from '../ads/ad-records.js';
import type { SimStore } from '../sim-store.js';
import type { UserRecord } from '../users/user-record.js';

// A small, fixed ads tree (no random draws, so seeding it leaves every other seeded value as it
// was): one ad account, two campaigns, two ad groups each, two ads per group, promoting the
// owner's first pins.
const CAMPAIGNS = [
  { name: 'Spring collection', status: 'ACTIVE', objectiveType: 'AWARENESS', groups: ['Gardeners', 'Home cooks'] },
  { name: 'Evergreen traffic', status: 'PAUSED', objectiveType: 'CONSIDERATION', groups: ['Weekend readers', 'Travellers'] },
] as const;

const EPOCH = Date.UTC(2024, 2, 4, 9, 0);
const DAY_MS = 86_400_000;

/** Gives `owner` an ad account with a small tree of campaigns, ad groups and ads. */
export function seedAds(store: SimStore, owner: UserRecord): void {
  const account = {
    id: store.nextId('adAccount'),
    seq: store.nextSeq(),
    ownerId: owner.id,
    name: `${owner.username} ads`,
    country: 'US',
    currency: 'USD',
    createdAt: EPOCH,
  };
  store.adAccounts.set(account.id, account);
  const pins = store.boardsOf(owner.id).flatMap((board) => board.pins.filter((pin) => pin.media.kind === 'image'));
  let adIndex = 0;
  CAMPAIGNS.forEach((shape, c) => {
    const campaign = {
      id: store.nextId('campaign'),
      seq: store.nextSeq(),
      adAccountId: account.id,
      name: shape.name,
      status: shape.status as EntityStatus,
      objectiveType: shape.objectiveType,
      lifetimeSpendCap: c === 0 ? 500_000_000 : null,
      createdAt: EPOCH + (c + 1) * DAY_MS,
    };
    store.campaigns.set(campaign.id, campaign);
    shape.groups.forEach((name, g) => {
      const group = {
        id: store.nextId('adGroup'),
        seq: store.nextSeq(),
        adAccountId: account.id,
        campaignId: campaign.id,
        name,
        status: campaign.status,
        budgetInMicroCurrency: (g + 1) * 10_000_000,
        createdAt: campaign.createdAt + (g + 1) * 3_600_000,
      };
      store.adGroups.set(group.id, group);
      // An ad promotes a pin; an account without pins has ad groups but no ads.
      for (let a = 0; a < 2 && pins.length > 0; a += 1, adIndex += 1) {
        const pin = pins[adIndex % pins.length];
        if (pin === undefined) break;
        const id = store.nextId('ad');
        store.ads.set(id, {
          id,
          seq: store.nextSeq(),
          adAccountId: account.id,
          campaignId: campaign.id,
          adGroupId: group.id,
          pinId: pin.id,
          name: `${name} ad ${a + 1}`,
          status: a === 1 && campaign.status === 'ACTIVE' ? 'PAUSED' : campaign.status,
          creativeType: 'REGULAR',
          createdAt: group.createdAt + (a + 1) * 60_000,
        });
      }
    });
  });
}
