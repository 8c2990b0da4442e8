import { createLevelLogger } from '@pinkit/http';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import { InvalidPathParamError, UnknownOperationError } from './errors.js';
import { recordFetch } from './test-support/record-fetch.js';
import type { RouteOperation, V5Route } from './call-types.js';
import type { operations, paths } from './generated/openapi.js';
import type { Board, BoardSection, Pin } from './types.js';

function clientFor(fetchImpl: typeof fetch, lines: string[] = []) {
  return createV5Client({
    apiUri: 'http://sim.test',
    token: 'pina_T',
    fetch: fetchImpl,
    retry: false,
    logger: createLevelLogger(3, (l) => lines.push(l)),
  });
}

describe('client.request, the typed escape hatch', () => {
  it('sends the route with its params filled in and encoded, the query and the JSON body', async () => {
    const { calls, fetchImpl } = recordFetch(() => Response.json({ id: '5', name: 'Soups' }));
    const board = await clientFor(fetchImpl).request('PATCH /v5/boards/{board_id}', {
      params: { board_id: '5 6' },
      query: { ad_account_id: '9' },
      body: { name: 'Soups' },
    });
    expect(board).toEqual({ id: '5', name: 'Soups' });
    expect(calls[0]?.method).toBe('PATCH');
    expect(calls[0]?.url.href).toBe('http://sim.test/v5/boards/5%206?ad_account_id=9');
    expect(calls[0]?.body).toEqual({ name: 'Soups' });
  });

  it("carries the route's rate-limit category", async () => {
    const lines: string[] = [];
    const { fetchImpl } = recordFetch(() => Response.json({ items: [] }));
    await clientFor(fetchImpl, lines).request('GET /v5/ad_accounts/{ad_account_id}/campaigns', { params: { ad_account_id: '1' } });
    expect(lines.find((line) => line.includes(' headers='))).toContain(' category=ads_read ');
  });

  it('checks params like every other call, before sending', async () => {
    const { calls, fetchImpl } = recordFetch();
    const client = clientFor(fetchImpl);
    await expect(client.request('DELETE /v5/pins/{pin_id}', { params: { pin_id: '..' } })).rejects.toBeInstanceOf(InvalidPathParamError);
    await expect(client.request('GET /v5/pins/{pin_id}', { params: {} } as never)).rejects.toThrow('pins/get: pin_id is missing.');
    // As plain JavaScript would call it: the route is checked at run time too.
    const untyped = client.request as unknown as (route: string) => Promise<unknown>;
    await expect(untyped('GET /v5/nowhere')).rejects.toBeInstanceOf(UnknownOperationError);
    expect(calls).toHaveLength(0);
  });

  it('types params, query, body and result from the description, and refuses what it does not have', () => {
    const client = clientFor(recordFetch().fetchImpl);
    // Only the types are under test here; nothing is sent.
    const typed = () => {
      expectTypeOf(client.request('GET /v5/boards/{board_id}', { params: { board_id: '1' } })).resolves.toEqualTypeOf<Board>();
      expectTypeOf(client.request('DELETE /v5/boards/{board_id}', { params: { board_id: '1' } })).resolves.toEqualTypeOf<
        Board | undefined
      >();
      expectTypeOf(client.request('GET /v5/user_account')).resolves.toHaveProperty('username');
      expectTypeOf(client.request('GET /v5/boards', { query: { page_size: 5 } }))
        .resolves.toHaveProperty('items')
        .toEqualTypeOf<Board[]>();
      // @ts-expect-error a path the description does not have
      void client.request('GET /v5/boards/{id}', { params: { id: '1' } });
      // @ts-expect-error a method the path does not have
      void client.request('PUT /v5/boards/{board_id}', { params: { board_id: '1' } });
      // @ts-expect-error the route's params are required
      void client.request('GET /v5/boards/{board_id}');
      // @ts-expect-error a param of another route
      void client.request('GET /v5/boards/{board_id}', { params: { pin_id: '1' } });
      // @ts-expect-error a query parameter the operation does not take
      void client.request('GET /v5/boards', { query: { sort: 'name' } });
      // @ts-expect-error a body field of the wrong type
      void client.request('PATCH /v5/boards/{board_id}', { params: { board_id: '1' }, body: { name: 5 } });
      // @ts-expect-error pins/create needs a body
      void client.request('POST /v5/pins');
    };
    expect(typed).toBeTypeOf('function');
  });

  it('has a route for every method and path pair of the generated paths, and no other', () => {
    type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    type FromPaths = {
      [P in keyof paths & string]: {
        [M in Method]: paths[P][Lowercase<M> & keyof paths[P]] extends { responses: unknown } ? `${M} /v5${P}` : never;
      }[Method];
    }[keyof paths & string];
    expectTypeOf<V5Route>().toEqualTypeOf<FromPaths>();
    expectTypeOf<RouteOperation<'GET /v5/boards/{board_id}'>>().toEqualTypeOf<operations['boards/get']>();
  });

  it('gives area calls the types of their operations', () => {
    const client = clientFor(recordFetch().fetchImpl);
    expectTypeOf(client.boards.get).parameters.toEqualTypeOf<[boardId: string]>();
    expectTypeOf(client.boards.get).returns.resolves.toEqualTypeOf<Board>();
    expectTypeOf(client.boardSections.list).returns.toHaveProperty('pages');
    expectTypeOf<ReturnType<typeof client.boardSections.list> extends AsyncIterable<infer T> ? T : never>().toEqualTypeOf<BoardSection>();
    expectTypeOf<ReturnType<typeof client.pins.listAll> extends AsyncIterable<infer T> ? T : never>().toEqualTypeOf<Pin>();
    // @ts-expect-error boards.get takes an id
    void (() => client.boards.get());
    // @ts-expect-error the old flat names are gone
    void client.getBoard;
  });
});
