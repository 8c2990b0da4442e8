import { afterEach, describe, expect, it } from 'vitest';
import { PagingError } from './errors.js';
import { createHttpClient } from './http-client.js';
import { createListing } from './listing.js';
import { sendJson, startLocalServer } from './test-support/local-server.js';
import { staticToken } from './token-provider.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('createListing against a server that never ends a listing', () => {
  it('stops after ten pages of fresh bookmarks that bring the same items', async () => {
    const server = await startLocalServer((_req, res, index) =>
      sendJson(res, 200, { items: [{ id: 'p1' }, { id: 'p2' }], bookmark: `fresh-${index}` }),
    );
    close = server.close;
    const http = createHttpClient({ baseUrl: server.url, token: staticToken('pina_TESTTESTTESTTEST') });
    const listing = createListing<{ id: string }>((bookmark) => http.get('/v5/boards', { bookmark }));
    const read: string[] = [];
    const failure = (async () => {
      for await (const item of listing) read.push(item.id);
    })();
    await expect(failure).rejects.toBeInstanceOf(PagingError);
    await expect(failure).rejects.toMatchObject({ bookmark: 'fresh-10' });
    // The first page and ten repeats of it, then nothing more.
    expect(server.seen).toHaveLength(11);
  });
});
