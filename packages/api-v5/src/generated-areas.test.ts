import type { Listing } from '@pinkit/http';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import { InvalidPathParamError } from './errors.js';
import type { components } from './generated/openapi.js';
import { recordFetch, type RecordedCall } from './test-support/record-fetch.js';

const clientFor = (answer?: (call: RecordedCall) => Response) => {
  const { calls, fetchImpl } = recordFetch(answer);
  return { calls, client: createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false }) };
};

describe('generated calls', () => {
  it('names each call after its operationId: items_batch/post is itemsBatch.post', async () => {
    const { calls, client } = clientFor();
    const body: components['schemas']['CatalogsItemsBatchRequest'] = {
      country: 'US',
      language: 'EN',
      operation: 'DELETE',
      items: [{ item_id: 'sku-1' }],
    };
    await client.itemsBatch.post({ query: { ad_account_id: '42' }, body });
    expect(client.itemsBatch.post.operationId).toBe('items_batch/post');
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual(['POST /v5/catalogs/items/batch?ad_account_id=42']);
    expect(calls[0]?.body).toEqual(body);
  });

  it('checks path parameters, and sends a query of several values as one comma-separated value', async () => {
    const { calls, client } = clientFor(() => Response.json({ items: [], bookmark: null }));
    await expect(client.keywords.get({ params: { ad_account_id: '1/2' }, query: { ad_group_id: '7' } })).rejects.toThrow(
      InvalidPathParamError,
    );
    await client.keywords.get({ params: { ad_account_id: '9' }, query: { ad_group_id: '7', match_types: ['BROAD', 'PHRASE'] } });
    expect(calls.map((c) => c.url.pathname + decodeURIComponent(c.url.search))).toEqual([
      '/v5/ad_accounts/9/keywords?ad_group_id=7&match_types=BROAD,PHRASE',
    ]);
  });

  it('gives a paged operation .all(), which follows bookmarks to the last page', async () => {
    const pages: Record<string, unknown> = {
      '': { items: [{ id: 'f1' }], bookmark: 'b2' },
      b2: { items: [{ id: 'f2' }], bookmark: 'b3' },
      b3: { items: [{ id: 'f3' }], bookmark: null },
    };
    const { calls, client } = clientFor((call) => Response.json(pages[call.url.searchParams.get('bookmark') ?? '']));
    const ids: string[] = [];
    for await (const feed of client.feeds.list.all({ query: { ad_account_id: '42', page_size: 1 } })) ids.push(feed.id);
    expect(ids).toEqual(['f1', 'f2', 'f3']);
    expect(calls.map((c) => c.url.search)).toEqual([
      '?ad_account_id=42&page_size=1',
      '?ad_account_id=42&page_size=1&bookmark=b2',
      '?ad_account_id=42&page_size=1&bookmark=b3',
    ]);
    expect('all' in client.feeds.get).toBe(false);
  });

  it('keeps the hand-written calls where both have a name, and adds the generated ones beside them', async () => {
    const { calls, client } = clientFor(() => Response.json({ items: [{ id: 'b1' }], bookmark: null }));
    // Hand-written: options in pinkit's words, a Listing back.
    const boards: string[] = [];
    for await (const board of client.boards.list({ pageSize: 5 })) boards.push(board.id ?? '');
    expect(boards).toEqual(['b1']);
    // Generated, beside it in the same area.
    await client.boards.update({ params: { board_id: 'b1' }, body: { name: 'Renamed' } });
    expect(client.boards.list.operationId).toBe('boards/list');
    expect(typeof client.reports.run).toBe('function');
    expect(client.catalogsReports.create.operationId).toBe('reports/create');
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual(['GET /v5/boards', 'PATCH /v5/boards/b1']);
  });

  it('sends the OAuth token operations as a form, as the description says', async () => {
    const sent: Array<{ type: string | null; body: string }> = [];
    const fetchImpl = (async (_input: string | URL | Request, init: RequestInit = {}) => {
      sent.push({ type: new Headers(init.headers).get('content-type'), body: String(init.body) });
      return Response.json({});
    }) as typeof fetch;
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    await client.token.revoke({ body: { token: 'pina_old' } });
    expect(sent).toEqual([{ type: 'application/x-www-form-urlencoded', body: 'token=pina_old' }]);
  });

  it('types parameters, body and answer from the description', () => {
    const { client } = clientFor();
    // Only the types are under test here; nothing is sent.
    const typed = () => {
      expectTypeOf(client.adAccounts.create).parameter(0).toHaveProperty('body');
      expectTypeOf(client.catalogs.list.all).returns.toEqualTypeOf<
        Listing<NonNullable<Awaited<ReturnType<typeof client.catalogs.list>>>['items'][number]>
      >();
      // @ts-expect-error -- a path parameter is required
      void client.keywords.get({ query: { ad_group_id: '1' } });
      // @ts-expect-error -- not a paged operation
      void client.feeds.get.all;
    };
    expect(typeof typed).toBe('function');
  });
});
