import { createV3Client } from '@pinkit/api-v3';
import { describe, expect, it } from 'vitest';
import { v3Account } from './open-v3-account.js';

/** A v3 client over an injected transport that answers every list with one empty last page. */
function recordingApi() {
  const urls: URL[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    urls.push(url);
    return new Response(JSON.stringify({ status: 'success', code: 0, data: [] }), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { urls, api: v3Account(createV3Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false })) };
}

async function drain(iterable: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of iterable) void _;
}

describe('v3Account', () => {
  it("sends the board filters to Pinterest, and leaves them to Pinterest's default when not given", async () => {
    const { urls, api } = recordingApi();
    expect(api.version).toBe(3);
    await drain(api.listBoards({ pageSize: 5, includeEmpty: false, includeArchived: true }));
    await drain(api.listBoards());
    expect(urls.map((url) => `${url.pathname}${url.search}`)).toEqual([
      '/v3/users/me/boards/feed/?page_size=5&include_empty=false&include_archived=true',
      '/v3/users/me/boards/feed/',
    ]);
  });

  it("lists the token owner's pins in one listing, and a board's pins and sections", async () => {
    const { urls, api } = recordingApi();
    await drain(api.listUserPins({ pageSize: 10 }));
    await drain(api.listBoardPins('9'));
    await drain(api.listBoardSections('9'));
    expect(urls.map((url) => `${url.pathname}${url.search}`)).toEqual([
      '/v3/users/me/pins/?page_size=10',
      '/v3/boards/9/pins/',
      '/v3/board/9/sections/',
    ]);
  });
});
