import { describe, expect, it } from 'vitest';
import { simApi, walkPages, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

interface Named {
  id: string;
  name?: string;
}

// Audiences, catalogs and keywords are kept as records: what a write answers, a read finds.
describe('the areas answered from the description keep their writes', () => {
  const sim = useSimulator();
  const adAccount = async () => (await simApi(sim()).get<{ items: Named[] }>('/v5/ad_accounts')).body.items[0]?.id ?? '';

  it('creates, lists, reads and updates an audience', async () => {
    const api = simApi(sim());
    const base = `/v5/ad_accounts/${await adAccount()}/audiences`;
    const created = await api.post<Named>(base, { name: 'Gardeners', audience_type: 'VISITOR', rule: { visitor_source_id: '1' } });
    expect([created.status, created.body.name]).toEqual([201, 'Gardeners']);
    const other = await api.post<Named>(base, { name: 'Home cooks', audience_type: 'ENGAGEMENT' });
    expect(other.body.id).not.toBe(created.body.id);
    const listed = await walkPages<Named>(api, base);
    expect(listed.items.map((audience) => audience.name)).toEqual(['Gardeners', 'Home cooks']);
    expect((await api.get<Named>(`${base}/${created.body.id}`)).body).toEqual(created.body);
    const renamed = await api.patch<Named>(`${base}/${created.body.id}`, { name: 'Keen gardeners', operation_type: 'UPDATE' });
    expect(renamed.body).toMatchObject({ id: created.body.id, name: 'Keen gardeners' });
    expect((await api.get<Named>(`${base}/${created.body.id}`)).body.name).toBe('Keen gardeners');
  });

  it('pages a collection with bookmarks', async () => {
    const api = simApi(sim());
    const base = `/v5/ad_accounts/${await adAccount()}/audiences`;
    for (const name of ['a', 'b', 'c', 'd', 'e']) await api.post(base, { name, audience_type: 'VISITOR' });
    const walked = await walkPages<Named>(api, `${base}?page_size=2`);
    expect([walked.pages, walked.items.map((audience) => audience.name)]).toEqual([3, ['a', 'b', 'c', 'd', 'e']]);
  });

  it('creates a catalog and a feed, reads the feed back, updates it, and deletes it for good', async () => {
    const api = simApi(sim());
    const catalog = await api.post<Named & { catalog_type: string }>('/v5/catalogs', { name: 'Shop', catalog_type: 'RETAIL' });
    expect(catalog.body).toMatchObject({ name: 'Shop', catalog_type: 'RETAIL' });
    expect((await walkPages<Named>(api, '/v5/catalogs')).items.map((c) => c.id)).toEqual([catalog.body.id]);
    const feed = await api.post<Named & { location: string }>('/v5/catalogs/feeds', {
      name: 'Spring feed',
      format: 'TSV',
      location: 'https://shop.example.com/feed.tsv',
      default_country: 'US',
      default_locale: 'en-US',
      catalog_type: 'RETAIL',
      catalog_id: catalog.body.id,
    });
    expect(feed.body).toMatchObject({ name: 'Spring feed', location: 'https://shop.example.com/feed.tsv' });
    const path = `/v5/catalogs/feeds/${feed.body.id}`;
    expect((await api.get<Named>(path)).body).toEqual(feed.body);
    await api.patch(path, { name: 'Summer feed' });
    expect((await api.get<Named>(path)).body.name).toBe('Summer feed');
    expect((await api.delete(path)).status).toBe(204);
    const gone = await api.get<ErrorBody>(path);
    expect([gone.status, gone.body.code]).toEqual([404, 404]);
  });

  it('creates keywords in a batch, lists them, and updates one by id', async () => {
    const api = simApi(sim());
    const base = `/v5/ad_accounts/${await adAccount()}/keywords`;
    const created = await api.post<{ keywords: (Named & { value: string; bid: number | null })[]; errors: unknown[] }>(base, {
      parent_id: '1',
      keywords: [
        { value: 'raised beds', match_type: 'BROAD', bid: 200_000 },
        { value: 'seed trays', match_type: 'EXACT' },
      ],
    });
    expect(created.body.keywords.map((keyword) => keyword.value)).toEqual(['raised beds', 'seed trays']);
    expect(created.body.errors).toEqual([]);
    const first = created.body.keywords[0]?.id ?? '';
    const listed = await walkPages<Named & { value: string }>(api, base);
    expect(listed.items.map((keyword) => keyword.value)).toEqual(['raised beds', 'seed trays']);
    const updated = await api.patch<{ keywords: (Named & { bid: number })[] }>(base, { keywords: [{ id: first, bid: 300_000 }] });
    expect(updated.body.keywords[0]).toMatchObject({ id: first, bid: 300_000 });
    expect((await walkPages<Named & { bid: number }>(api, base)).items.find((keyword) => keyword.id === first)?.bid).toBe(300_000);
  });

  it("answers an operation it has no records for with the description's shape, the same each time", async () => {
    const api = simApi(sim());
    const path = `/v5/ad_accounts/${await adAccount()}/conversion_tags/ocpm_eligible`;
    const first = await api.get(path);
    expect(first.status).toBe(200);
    expect((await api.get(path)).body).toEqual(first.body);
  });

  it("refuses another user's ad account, as the modelled ads routes do", async () => {
    const reply = await simApi(sim(), sim().users[1]?.accessToken ?? null).get<ErrorBody>(`/v5/ad_accounts/${await adAccount()}/audiences`);
    expect([reply.status, reply.body.code]).toEqual([403, 29]);
  });
});
