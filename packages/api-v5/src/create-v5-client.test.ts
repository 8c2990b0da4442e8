import { describe, expect, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import { InvalidPathParamError } from './errors.js';

type Route = (url: URL, init: RequestInit) => unknown;

/** An injected transport: answers by path, records every call. */
function transport(routes: Record<string, Route>) {
  const calls: Array<{ method: string; url: URL; body: unknown }> = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push({ method: init.method ?? 'GET', url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const route = routes[`${init.method ?? 'GET'} ${url.pathname}`];
    if (!route)
      return new Response(JSON.stringify({ code: 3, message: 'not found' }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    return new Response(JSON.stringify(route(url, init)), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('createV5Client', () => {
  it('reads the user account under /v5 of the configured host', async () => {
    const { calls, fetchImpl } = transport({ 'GET /v5/user_account': () => ({ username: 'demo' }) });
    const client = createV5Client({ apiUri: 'http://sim.test/', token: 'pina_T', fetch: fetchImpl, retry: false });
    expect(await client.userAccount.get()).toEqual({ username: 'demo' });
    expect(calls[0]?.url.href).toBe('http://sim.test/v5/user_account');
  });

  it('pages boards with the requested page size and bookmarks', async () => {
    const { calls, fetchImpl } = transport({
      'GET /v5/boards': (url) =>
        url.searchParams.get('bookmark') ? { items: [{ id: '2' }], bookmark: null } : { items: [{ id: '1' }], bookmark: 'next' },
    });
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    expect(await collect(client.boards.list({ pageSize: 1 }))).toEqual([{ id: '1' }, { id: '2' }]);
    expect(calls.map((c) => c.url.search)).toEqual(['?page_size=1', '?page_size=1&bookmark=next']);
  });

  it("lists all of a user's pins by walking every board, one page per board page", async () => {
    const { calls, fetchImpl } = transport({
      'GET /v5/boards': () => ({ items: [{ id: '10' }, { id: '20' }], bookmark: null }),
      'GET /v5/boards/10/pins': () => ({ items: [{ id: 'a' }, { id: 'b' }], bookmark: null }),
      'GET /v5/boards/20/pins': () => ({ items: [{ id: 'c' }], bookmark: null }),
    });
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    const pages = await collect(client.pins.listAll({ pageSize: 50 }).pages());
    expect(pages.map((p) => p.items.map((pin) => pin.id))).toEqual([['a', 'b'], ['c']]);
    expect(calls.map((c) => c.url.pathname)).toEqual(['/v5/boards', '/v5/boards/10/pins', '/v5/boards/20/pins']);
  });

  it('encodes ids into the path so an id cannot change the query or the endpoint', async () => {
    const { calls, fetchImpl } = transport({});
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    await expect(client.pins.get('1?x=2#y%')).rejects.toMatchObject({ status: 404 });
    expect(calls[0]?.url.pathname).toBe('/v5/pins/1%3Fx%3D2%23y%25');
    expect(calls[0]?.url.search).toBe('');
  });

  it('refuses an id that would name another resource before sending anything', async () => {
    const { calls, fetchImpl } = transport({});
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    await expect(client.pins.get('../boards')).rejects.toMatchObject({
      name: 'InvalidPathParamError',
      operation: 'pins/get',
      param: 'pin_id',
    });
    await expect(client.boards.delete('..')).rejects.toBeInstanceOf(InvalidPathParamError);
    await expect(client.boardSections.delete('1', '')).rejects.toThrow('board_sections/delete: section_id is empty.');
    expect(() => client.boards.listPins('1/pins')).toThrow(InvalidPathParamError);
    expect(calls).toHaveLength(0);
  });

  it('creates a pin with a JSON body', async () => {
    const { calls, fetchImpl } = transport({ 'POST /v5/pins': () => ({ id: '99' }) });
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    const pin = await client.pins.create({ board_id: '1', media_source: { source_type: 'image_url', url: 'https://i.test/x.jpg' } });
    expect(pin).toEqual({ id: '99' });
    expect(calls[0]?.body).toEqual({ board_id: '1', media_source: { source_type: 'image_url', url: 'https://i.test/x.jpg' } });
  });
});
