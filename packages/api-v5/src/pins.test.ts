import { describe, expect, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import { recordFetch } from './test-support/record-fetch.js';

describe('client.pins.list and client.userAccount.listBusinesses', () => {
  it("lists the user's pins in one listing, with the description's filters", async () => {
    const { calls, fetchImpl } = recordFetch((call) =>
      Response.json(
        call.url.searchParams.has('bookmark') ? { items: [{ id: 'b' }], bookmark: null } : { items: [{ id: 'a' }], bookmark: 'n' },
      ),
    );
    const pinterest = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    const pages = [];
    for await (const page of pinterest.pins.list({ pageSize: 1 }).pages()) pages.push(page.items.map((pin) => pin.id));
    expect(pages).toEqual([['a'], ['b']]);
    for await (const _ of pinterest.pins.list({
      pinFilter: 'exclude_repins',
      includeProtectedPins: true,
      pinType: 'PRIVATE',
      creativeTypes: ['VIDEO', 'CAROUSEL'],
      adAccountId: '55',
    }))
      void _;
    const filtered = '/v5/pins?pin_filter=exclude_repins&include_protected_pins=true&pin_type=PRIVATE&creative_types=VIDEO,CAROUSEL';
    expect(calls.map((c) => `${c.url.pathname}?${decodeURIComponent(c.url.searchParams.toString())}`)).toEqual([
      '/v5/pins?page_size=1',
      '/v5/pins?page_size=1&bookmark=n',
      `${filtered}&ad_account_id=55`,
      `${filtered}&ad_account_id=55&bookmark=n`,
    ]);
  });

  it('lists linked businesses, and refuses an answer that is not a list', async () => {
    const businesses = [{ username: 'shop' }];
    let answer: unknown = businesses;
    const { fetchImpl } = recordFetch(() => Response.json(answer));
    const pinterest = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    expect(await pinterest.userAccount.listBusinesses()).toEqual(businesses);
    answer = { items: businesses };
    await expect(pinterest.userAccount.listBusinesses()).rejects.toMatchObject({ name: 'UnexpectedResponseError' });
  });
});
