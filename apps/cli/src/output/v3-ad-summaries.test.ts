import { describe, expect, it } from 'vitest';
import { v5AdSummaries } from './ad-summary-set.js';
import { v3AdSummaries } from './v3-ad-summaries.js';

describe('v3AdSummaries', () => {
  it("prints v3's advertiser, campaign, ad group and pin promotion in v5's lines", () => {
    expect(v3AdSummaries.adAccountLine({ id: '5', name: 'Shop ads', currency: 'USD', country: 'US' })).toBe(
      v5AdSummaries.adAccountLine({ id: '5', name: 'Shop ads', currency: 'USD', country: 'US' }),
    );
    const campaign = { id: '6', name: 'Spring', status: 'ACTIVE', objective_type: 'AWARENESS' } as const;
    expect(v3AdSummaries.campaignLine(campaign)).toBe(v5AdSummaries.campaignLine(campaign));
    expect(v3AdSummaries.adGroupLine({ id: '7', name: 'Cooks', status: 'PAUSED' })).toBe('Ad group 7: Cooks  [PAUSED]');
    expect(v3AdSummaries.adLine({ id: '8', name: null, status: 'ACTIVE', pin_id: '9' })).toBe('Ad 8: -  [ACTIVE, pin 9]');
  });

  it('prints a linked business as v5 does, and escapes what could drive the terminal', () => {
    const image = 'https://i.pinimg.com/140x140_RS/shop.jpg';
    expect(v3AdSummaries.businessLine({ id: '3', username: 'shop', image_large_url: image })).toBe(
      v5AdSummaries.businessLine({ username: 'shop', image_large_url: image }),
    );
    expect(v3AdSummaries.businessLine({ id: '3', username: 'x\u001b[2J' })).not.toMatch(/\u001b/);
  });
});
