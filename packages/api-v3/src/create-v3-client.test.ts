import { describe, expect, it } from 'vitest';
import { createV3Client } from './create-v3-client.js';
import { ApiError, InvalidPathParamError, MAX_LINKED_BUSINESSES, PagingError, UnexpectedResponseError } from './index.js';

type Route = (url: URL) => { status?: number; body: unknown; headers?: Record<string, string> };

/** An injected transport: answers by path, records every URL asked for. */
function transport(routes: Record<string, Route>) {
  const urls: URL[] = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    urls.push(url);
    const route = routes[`${init.method ?? 'GET'} ${url.pathname}`];
    const answer = route ? route(url) : { status: 404, body: { status: 'failure', code: 404, message: 'Not found' } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  }) as typeof fetch;
  return { urls, client: createV3Client({ apiUri: 'http://sim.test/', token: 'pina_T', fetch: fetchImpl, retry: false }) };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const ok = (data: unknown, bookmark?: string) => ({ body: { status: 'success', code: 0, data, message: 'ok', bookmark } });

describe('createV3Client', () => {
  it('reads the token owner at /v3/users/me/ and unwraps the envelope', async () => {
    const { urls, client } = transport({ 'GET /v3/users/me/': () => ok({ id: '1', username: 'demo', pin_count: 3 }) });
    expect(await client.users.get()).toEqual({ id: '1', username: 'demo', pin_count: 3 });
    expect(urls[0]?.href).toBe('http://sim.test/v3/users/me/');
  });

  it('reads a pin and a board by id', async () => {
    const { client } = transport({
      'GET /v3/pins/7/': () => ok({ id: '7', type: 'pin', description: 'Soup' }),
      'GET /v3/boards/9/': () => ok({ id: '9', name: 'Recipes', privacy: 'public' }),
    });
    expect(await client.pins.get('7')).toMatchObject({ id: '7', type: 'pin' });
    expect(await client.boards.get('9')).toMatchObject({ name: 'Recipes' });
  });

  it('pages over {data, bookmark} with the bookmark added to the same URL, and stops at an empty bookmark', async () => {
    const { urls, client } = transport({
      'GET /v3/users/me/boards/feed/': (url) =>
        url.searchParams.get('bookmark') === 'b2'
          ? ok([{ id: '3' }], '')
          : url.searchParams.get('bookmark')
            ? ok([{ id: '2' }], 'b2')
            : ok([{ id: '1' }], 'b1'),
    });
    const listing = client.users.listBoards('me', { pageSize: 1, includeEmpty: false, includeArchived: true });
    expect((await collect(listing)).map((board) => board.id)).toEqual(['1', '2', '3']);
    expect(urls.map((url) => url.search)).toEqual([
      '?page_size=1&include_empty=false&include_archived=true',
      '?page_size=1&include_empty=false&include_archived=true&bookmark=b1',
      '?page_size=1&include_empty=false&include_archived=true&bookmark=b2',
    ]);
  });

  it("lists a user's pins, a board's pins and a board's sections under their v3 paths", async () => {
    const { urls, client } = transport({
      'GET /v3/users/42/pins/': () => ok([{ id: 'p1' }]),
      'GET /v3/boards/9/pins/': () => ok([{ id: 'p2' }]),
      'GET /v3/board/9/sections/': () => ok([{ id: 's1', title: 'Soups', pin_count: 2 }]),
    });
    expect(await collect(client.users.listPins('42'))).toEqual([{ id: 'p1' }]);
    expect(await collect(client.boards.listPins('9'))).toEqual([{ id: 'p2' }]);
    expect(await collect(client.boards.listSections('9'))).toEqual([{ id: 's1', title: 'Soups', pin_count: 2 }]);
    expect(urls.map((url) => url.pathname)).toEqual(['/v3/users/42/pins/', '/v3/boards/9/pins/', '/v3/board/9/sections/']);
  });

  it('turns an HTTP failure in the v3 envelope into ApiError with its code and request id', async () => {
    const { client } = transport({
      'GET /v3/pins/5/': () => ({
        status: 404,
        body: { status: 'failure', code: 50, message: 'Pin not found.' },
        headers: { 'x-pinterest-rid': 'abc123' },
      }),
    });
    const error = await client.pins.get('5').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 50, requestId: 'abc123' });
    expect((error as Error).message).toMatch(/Pin not found\./);
  });

  it('turns a 200 that says status "failure" into ApiError too, with the access token kept out of the message', async () => {
    const { client } = transport({
      'GET /v3/boards/9/': () => ({
        body: { status: 'failure', code: 3, message: 'Token pina_SECRETSECRETSECRET is not allowed' },
        headers: { 'x-pinterest-rid': 'rid9' },
      }),
    });
    const error = (await client.boards.get('9').catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 200,
      code: 3,
      requestId: 'rid9',
      request: { method: 'GET', url: 'http://sim.test/v3/boards/9/' },
    });
    expect(error.message).not.toContain('SECRET');
  });

  it('reads the envelope status in any case, and refuses one that is neither success nor failure', async () => {
    const { client } = transport({
      'GET /v3/boards/1/': () => ({ body: { status: 'FAILURE', code: 50, message: 'Board not found.', data: {} } }),
      'GET /v3/boards/2/': () => ({ body: { status: 'Failure', message: 'No.', data: {} } }),
      'GET /v3/boards/3/': () => ({ body: { status: 'SUCCESS', data: { id: '3' } } }),
      'GET /v3/boards/4/': () => ({ body: { status: 'pending', data: { id: '4' } } }),
      'GET /v3/boards/5/': () => ({ body: { status: 7, data: { id: '5' } } }),
    });
    await expect(client.boards.get('1')).rejects.toMatchObject({
      name: 'ApiError',
      code: 50,
      message: expect.stringContaining('Board not found.'),
    });
    await expect(client.boards.get('2')).rejects.toBeInstanceOf(ApiError);
    expect(await client.boards.get('3')).toEqual({ id: '3' });
    await expect(client.boards.get('4')).rejects.toMatchObject({ name: 'UnexpectedResponseError', field: 'status' });
    await expect(client.boards.get('5')).rejects.toMatchObject({ name: 'UnexpectedResponseError', field: 'status' });
  });

  it('refuses an answer without an object in data, or a page whose data is not a list of objects', async () => {
    const { client } = transport({
      'GET /v3/pins/1/': () => ok(null),
      'GET /v3/boards/1/pins/': () => ok({ items: [] }),
      'GET /v3/boards/2/pins/': () => ok([{ id: 'a' }, 'b']),
    });
    await expect(client.pins.get('1')).rejects.toMatchObject({ name: 'UnexpectedResponseError', operation: 'pins.get', field: 'data' });
    await expect(collect(client.boards.listPins('1'))).rejects.toBeInstanceOf(UnexpectedResponseError);
    await expect(collect(client.boards.listPins('2'))).rejects.toMatchObject({ field: 'data[1]' });
  });

  it("lists the user's linked businesses in one array, and a refusal for lack of read_advertisers as ApiError", async () => {
    const { urls, client } = transport({
      'GET /v3/users/me/businesses/': () => ok([{ id: '3', username: 'shop', image_large_url: 'https://i.test/shop.jpg' }]),
      'GET /v3/users/42/businesses/': () => ({ status: 400, body: { status: 'failure', code: 3, message: 'Missing: read_advertisers.' } }),
    });
    expect(await client.users.listBusinesses()).toEqual([{ id: '3', username: 'shop', image_large_url: 'https://i.test/shop.jpg' }]);
    expect(urls[0]?.href).toBe('http://sim.test/v3/users/me/businesses/');
    await expect(client.users.listBusinesses('42')).rejects.toMatchObject({ name: 'ApiError', status: 400, code: 3 });
    expect(() => client.users.listBusinesses('me/..')).toThrow(InvalidPathParamError);
  });

  it('stops reading linked businesses with a PagingError once past MAX_LINKED_BUSINESSES, rather than hold them all', async () => {
    // Thirty pages of a hundred: the list is answered whole, so it must stop before holding 3,000.
    const { urls, client } = transport({
      'GET /v3/users/me/businesses/': (url) => {
        const page = Number(url.searchParams.get('bookmark') ?? 0);
        const data = Array.from({ length: 100 }, (_, n) => ({ id: `${page}-${n}`, username: `shop${page}-${n}` }));
        return ok(data, page < 29 ? String(page + 1) : undefined);
      },
    });
    await expect(client.users.listBusinesses()).rejects.toThrow(/users\.listBusinesses: the server sent more than 1000 items/);
    await expect(client.users.listBusinesses()).rejects.toBeInstanceOf(PagingError);
    expect(urls.length).toBe(2 * (MAX_LINKED_BUSINESSES / 100 + 1));
  });

  it('walks the ads tree under /ads/v3, each level under its parent alone', async () => {
    const { urls, client } = transport({
      'GET /ads/v3/advertisers/': () => ok([{ id: '5', name: 'Ads' }]),
      'GET /ads/v3/advertisers/5/campaigns/': () => ok([{ id: '6', name: 'Spring' }]),
      'GET /ads/v3/campaigns/6/ad_groups/': () => ok([{ id: '7', name: 'Cooks' }]),
      'GET /ads/v3/ad_groups/7/pin_promotions/': () => ok([{ id: '8', pin_id: '9' }]),
    });
    expect(await collect(client.ads.listAdvertisers('42'))).toEqual([{ id: '5', name: 'Ads' }]);
    expect(urls[0]?.search).toBe('?owner_user_id=42&include_acl=true');
    expect(await collect(client.ads.listCampaigns('5', { pageSize: 2 }))).toEqual([{ id: '6', name: 'Spring' }]);
    expect(urls[1]?.search).toBe('?page_size=2');
    expect(await collect(client.ads.listAdGroups('6'))).toEqual([{ id: '7', name: 'Cooks' }]);
    expect(await collect(client.ads.listPinPromotions('7'))).toEqual([{ id: '8', pin_id: '9' }]);
    expect(() => client.ads.listAdGroups('6/../5')).toThrow(InvalidPathParamError);
  });

  it('refuses an id that would name another endpoint before sending anything', async () => {
    const { urls, client } = transport({});
    expect(() => client.pins.get('../boards')).toThrow(InvalidPathParamError);
    expect(() => client.boards.listSections('')).toThrow(/boardId is empty/);
    expect(urls).toHaveLength(0);
  });

  it('talks to https://api.pinterest.com when PINTEREST_API_URI is unset or empty', async () => {
    for (const apiUri of [undefined, '']) {
      const seen: string[] = [];
      const fetchImpl = (async (input: string | URL | Request) => {
        seen.push(String(input instanceof Request ? input.url : input));
        return new Response(JSON.stringify({ data: { id: '1', username: 'u' } }), { headers: { 'content-type': 'application/json' } });
      }) as typeof fetch;
      await createV3Client({ apiUri, token: 'pina_T', fetch: fetchImpl, retry: false }).users.get();
      expect(seen).toEqual(['https://api.pinterest.com/v3/users/me/']);
    }
  });
});
