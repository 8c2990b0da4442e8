import { describe, expect, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import { recordFetch } from './test-support/record-fetch.js';

function listed(fetchImpl: typeof fetch) {
  return createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
}

async function drain(iterable: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of iterable) void _;
}

describe('client.adGroups and client.ads', () => {
  it('list ad groups by campaign and id, and ads by campaign, ad group and id', async () => {
    const { calls, fetchImpl } = recordFetch(() => Response.json({ items: [{ id: '1' }], bookmark: null }));
    const pinterest = listed(fetchImpl);
    await drain(pinterest.adGroups.list('55', { campaignIds: ['7'], adGroupIds: ['8', '9'] }));
    await drain(pinterest.ads.list('55', { campaignIds: ['7'], adGroupIds: ['8'], adIds: ['10', '11'], order: 'DESCENDING' }));
    await drain(pinterest.ads.list('55'));
    expect(calls.map((c) => `${c.url.pathname}?${decodeURIComponent(c.url.searchParams.toString())}`)).toEqual([
      '/v5/ad_accounts/55/ad_groups?campaign_ids=7&ad_group_ids=8,9',
      '/v5/ad_accounts/55/ads?order=DESCENDING&campaign_ids=7&ad_group_ids=8&ad_ids=10,11',
      '/v5/ad_accounts/55/ads?',
    ]);
  });

  it('refuse a page that is not a list', async () => {
    const { fetchImpl } = recordFetch(() => Response.json({ items: 'none' }));
    await expect(drain(listed(fetchImpl).ads.list('55'))).rejects.toMatchObject({ name: 'UnexpectedResponseError', field: 'items' });
  });
});
