import { createHttpClient, createLevelLogger, staticToken } from '@pinkit/http';
import { describe, expect, it } from 'vitest';
import { boards } from './boards.js';
import { createV5Client } from './create-v5-client.js';
import { bindArea, composite, endpoint } from './endpoint.js';
import { UnknownOperationError } from './errors.js';
import { recordFetch } from './test-support/record-fetch.js';

function logged(fetchImpl: typeof fetch) {
  const lines: string[] = [];
  const client = createV5Client({
    apiUri: 'http://sim.test',
    token: 'pina_T',
    fetch: fetchImpl,
    retry: false,
    logger: createLevelLogger(3, (l) => lines.push(l)),
  });
  return { client, lines };
}

describe('area endpoints', () => {
  it('take method and path from the operation, and send its rate-limit category with each request', async () => {
    const { calls, fetchImpl } = recordFetch(() => Response.json({ items: [], bookmark: null }));
    const { client, lines } = logged(fetchImpl);
    await client.boards.get('5');
    await client.pins.create({ board_id: '5', media_source: { source_type: 'image_url', url: 'https://i.test/x.jpg' } });
    for await (const _ of client.boardSections.list('5')) void _;
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual(['GET /v5/boards/5', 'POST /v5/pins', 'GET /v5/boards/5/sections']);
    const requestLines = lines.filter((line) => line.includes(' headers='));
    expect(requestLines.map((line) => line.match(/ category=(\S+)/)?.[1])).toEqual(['org_read', 'org_write', 'org_read']);
  });

  it('tell a limiter the category of any operation, by operationId or route', () => {
    const { client } = logged(recordFetch().fetchImpl);
    expect(client.operation('boards/get')).toMatchObject({
      id: 'boards/get',
      method: 'GET',
      path: '/boards/{board_id}',
      rateLimitCategory: 'org_read',
    });
    expect(client.operation('GET /v5/ad_accounts/{ad_account_id}/analytics').rateLimitCategory).toBe('ads_analytics');
    expect(() => client.operation('nope/get' as 'boards/get')).toThrow(UnknownOperationError);
  });

  it('bind the arguments a definition declares, and compose other endpoints', async () => {
    const { calls, fetchImpl } = recordFetch((call) =>
      Response.json(
        call.url.pathname === '/v5/boards' ? { items: [{ id: '7' }], bookmark: null } : { items: [{ id: 'p' }], bookmark: null },
      ),
    );
    const http = createHttpClient({ baseUrl: 'http://sim.test/v5', token: staticToken('pina_T'), fetch: fetchImpl, retry: false });
    const area = {
      rename: endpoint('boards/update', (call, boardId: string, name: string) => call({ params: { board_id: boardId }, body: { name } })),
      firstPinIds: composite(async (context) => {
        const ids: string[] = [];
        for await (const board of boards.list.run(context))
          for await (const pin of boards.listPins.run(context, board.id as string)) ids.push(pin.id as string);
        return ids;
      }),
    };
    const bound = bindArea(area, { http, fetch: fetchImpl });
    await bound.rename('7', 'Soups');
    expect(await bound.firstPinIds()).toEqual(['p']);
    expect(calls[0]).toMatchObject({ method: 'PATCH', body: { name: 'Soups' } });
    expect(calls[0]?.url.pathname).toBe('/v5/boards/7');
  });
});
