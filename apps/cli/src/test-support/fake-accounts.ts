import type { V3Shapes, V5Shapes } from '@pinkit/account';
import { fakeAccount, type FakeAccountData } from '@pinkit/account/testing';

// One small account in each version's own shapes, for output tests without HTTP.

export const V5_DATA: FakeAccountData<V5Shapes> = {
  user: { username: 'baker', id: '77', account_type: 'BUSINESS', board_count: 2, pin_count: 3, follower_count: 12 },
  boards: [
    {
      board: { id: '10', name: 'Breads', privacy: 'PUBLIC', pin_count: 2, follower_count: 4, description: 'Crusty' },
      sections: [{ id: '100', name: 'Sourdough' }],
      pins: [
        {
          id: '1001',
          title: 'Country loaf',
          board_id: '10',
          board_section_id: '100',
          link: 'https://example.com/loaf',
          description: 'A long rise',
          media: { media_type: 'image', images: { '1200x': { url: 'https://i.example.com/loaf.jpg', width: 1200, height: 900 } } },
        } as V5Shapes['pin'],
        { id: '1002', title: 'Rye', board_id: '10', media: { media_type: 'video' } } as V5Shapes['pin'],
      ],
    },
    { board: { id: '11', name: 'Empty', privacy: 'SECRET', pin_count: 0 }, pins: [] },
  ],
  adAccounts: [{ id: '5491', name: 'Bakery ads', currency: 'USD', country: 'US' } as V5Shapes['adAccount']],
  campaigns: [{ id: '61', ad_account_id: '5491', name: 'Spring', status: 'ACTIVE', objective_type: 'AWARENESS' } as V5Shapes['campaign']],
  adGroups: [{ id: '71', campaign_id: '61', name: 'Loaves', status: 'ACTIVE' } as V5Shapes['adGroup']],
  ads: [{ id: '81', ad_group_id: '71', campaign_id: '61', name: 'Loaf ad', status: 'ACTIVE', pin_id: '1001' } as V5Shapes['ad']],
  businesses: [{ username: 'bakery_hq', image_large_url: 'https://i.example.com/hq.jpg' } as V5Shapes['business']],
  relatedTerms: { id: 'r', related_term_count: 1, related_terms_list: [{ term: 'bread', related_terms: ['sourdough', 'rye'] }] },
  suggestedTerms: ['bread machine', 'bread recipe', 'bread pudding'],
};

export const V3_DATA: FakeAccountData<V3Shapes> = {
  user: { id: '77', username: 'baker', pin_count: 3 } as V3Shapes['user'],
  boards: [
    {
      board: { id: '10', name: 'Breads', privacy: 'public', pin_count: 1, description: 'Crusty' } as V3Shapes['board'],
      sections: [{ id: '100', title: 'Sourdough' } as V3Shapes['section']],
      pins: [
        {
          id: '1001',
          description: 'A long rise',
          link: 'https://example.com/loaf',
          type: 'pin',
          image_large_url: 'https://i.example.com/loaf.jpg',
        } as V3Shapes['pin'],
      ],
    },
  ],
  adAccounts: [{ id: '5491', name: 'Bakery ads' } as V3Shapes['adAccount']],
  businesses: [{ id: '9', username: 'bakery_hq' } as V3Shapes['business']],
};

export const v5Fake = () => fakeAccount(5, V5_DATA);
export const v3Fake = () => fakeAccount(3, V3_DATA);
