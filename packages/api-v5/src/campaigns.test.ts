import { describe, expect, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import { recordFetch } from './test-support/record-fetch.js';

const page = (items: unknown[], bookmark: string | null = null) => Response.json({ items, bookmark });

function client(fetchImpl: typeof fetch) {
  return createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
}

describe('client.campaigns', () => {
  it('lists the campaigns of an ad account with its filters, arrays comma-separated, and follows bookmarks', async () => {
    const { calls, fetchImpl } = recordFetch((call) =>
      call.url.searchParams.has('bookmark') ? page([{ id: '2' }]) : page([{ id: '1' }], 'next'),
    );
    const listed = [];
    const listing = client(fetchImpl).campaigns.list('55', { campaignIds: ['1', '2'], entityStatuses: ['ACTIVE'], pageSize: 1 });
    for await (const campaign of listing) listed.push(campaign.id);
    expect(listed).toEqual(['1', '2']);
    expect(calls.map((c) => `${c.url.pathname}?${decodeURIComponent(c.url.searchParams.toString())}`)).toEqual([
      '/v5/ad_accounts/55/campaigns?page_size=1&entity_statuses=ACTIVE&campaign_ids=1,2',
      '/v5/ad_accounts/55/campaigns?page_size=1&entity_statuses=ACTIVE&campaign_ids=1,2&bookmark=next',
    ]);
  });

  it('sends no filter for an empty id list, and gets one campaign by account and id', async () => {
    const { calls, fetchImpl } = recordFetch((call) => (call.url.pathname.endsWith('/campaigns') ? page([]) : Response.json({ id: '9' })));
    const pinterest = client(fetchImpl);
    for await (const _ of pinterest.campaigns.list('55', { campaignIds: [] })) void _;
    expect((await pinterest.campaigns.get('55', '9')).id).toBe('9');
    expect(calls.map((c) => c.url.pathname + c.url.search)).toEqual(['/v5/ad_accounts/55/campaigns', '/v5/ad_accounts/55/campaigns/9']);
  });

  it('refuses an ad account id that would name another path before sending anything', () => {
    const { calls, fetchImpl } = recordFetch();
    expect(() => client(fetchImpl).campaigns.list('55/ads')).toThrow('ad_account_id');
    expect(calls).toEqual([]);
  });
});
