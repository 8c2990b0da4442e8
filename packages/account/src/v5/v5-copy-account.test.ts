import { describe, expect, it } from 'vitest';
import { fakeV5Client, type FakeRoute } from '../test-support/fake-v5-client.js';
import { createV5CopyAccount } from './v5-copy-account.js';
import { AnswerIdError } from '../with-id.js';

function transport(routes: Record<string, FakeRoute>) {
  const { client, calls } = fakeV5Client(routes);
  return { calls, account: createV5CopyAccount(client) };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const listedPin = {
  id: '5',
  title: 'Soup',
  board_section_id: '31',
  dominant_color: '#aabbcc',
  type: 'pin',
  media: {
    media_type: 'image',
    images: {
      '150x150': { url: 'https://i.test/150.jpg', width: 150, height: 150 },
      '1200x': { url: 'https://i.test/1200.jpg', width: null, height: null },
    },
  },
};

describe('createV5CopyAccount', () => {
  it('lists pins with their section, colour, type and every image rendition', async () => {
    const { account } = transport({ 'GET /v5/boards/9/pins': () => ({ items: [listedPin], bookmark: null }) });
    const [pin] = await collect(account.listBoardPins('9'));
    expect(pin).toEqual({
      id: '5',
      title: 'Soup',
      board_section_id: '31',
      dominant_color: '#aabbcc',
      type: 'pin',
      media: {
        media_type: 'image',
        images: {
          '150x150': { url: 'https://i.test/150.jpg', width: 150, height: 150 },
          '1200x': { url: 'https://i.test/1200.jpg' },
        },
      },
    });
  });

  it('reads listings in pages of 100 and follows bookmarks', async () => {
    const { calls, account } = transport({
      'GET /v5/boards/9/sections/31/pins': (url) =>
        url.searchParams.get('bookmark') ? { items: [{ id: '2' }], bookmark: null } : { items: [{ id: '1' }], bookmark: 'b' },
    });
    expect((await collect(account.listSectionPins('9', '31'))).map((pin) => pin.id)).toEqual(['1', '2']);
    expect(calls.map((call) => call.url.search)).toEqual(['?page_size=100', '?page_size=100&bookmark=b']);
  });

  it('lists boards and sections, refusing an item without an id', async () => {
    const { account } = transport({
      'GET /v5/boards': () => ({ items: [{ id: '9', name: 'Soups', privacy: 'SECRET' }], bookmark: null }),
      'GET /v5/boards/9/sections': () => ({ items: [{ id: '31', name: 'Cold' }, { name: 'No id' }], bookmark: null }),
    });
    expect(await collect(account.listBoards())).toEqual([{ id: '9', name: 'Soups', privacy: 'SECRET' }]);
    await expect(collect(account.listSections('9'))).rejects.toThrow('Pinterest returned a bad board section id: the id is missing;');
  });

  it("refuses a listed id that cannot be a path segment as the server's fault, not the caller's", async () => {
    const { calls, account } = transport({
      'GET /v5/boards': () => ({ items: [{ id: '../pins', name: 'Soups', privacy: 'PUBLIC' }], bookmark: null }),
    });
    const failure = collect(account.listBoards());
    await expect(failure).rejects.toBeInstanceOf(AnswerIdError);
    await expect(failure).rejects.toThrow('Pinterest returned a bad board id: the id "../pins" cannot contain "/"');
    expect(calls).toHaveLength(1);
  });

  it('creates a board with its privacy, falling back to PUBLIC for a value v5 does not know', async () => {
    const { calls, account } = transport({ 'POST /v5/boards': (_url, body) => ({ id: '10', ...(body as object) }) });
    await account.createBoard({ name: 'Soups', description: 'Hot', privacy: 'SECRET' });
    await account.createBoard({ name: 'Stews', privacy: 'members-only' });
    expect(calls.map((call) => call.body)).toEqual([
      { name: 'Soups', description: 'Hot', privacy: 'SECRET', is_ads_only: false },
      { name: 'Stews', privacy: 'PUBLIC', is_ads_only: false },
    ]);
  });

  it('creates image and video pins with the media source v5 expects', async () => {
    const { calls, account } = transport({ 'POST /v5/pins': () => listedPin });
    const created = await account.createPin({
      board_id: '10',
      board_section_id: '40',
      title: 'Soup',
      media_source: { source_type: 'image_url', url: 'https://i.test/1200.jpg' },
    });
    await account.createPin({
      board_id: '10',
      media_source: { source_type: 'video_id', media_id: '77', cover_image_url: 'https://i.test/c.jpg' },
    });
    expect(created.media?.images?.['1200x']).toEqual({ url: 'https://i.test/1200.jpg' });
    expect(calls.map((call) => call.body)).toEqual([
      {
        board_id: '10',
        board_section_id: '40',
        title: 'Soup',
        media_source: { source_type: 'image_url', url: 'https://i.test/1200.jpg', is_standard: true },
      },
      {
        board_id: '10',
        media_source: { source_type: 'video_id', media_id: '77', cover_image_url: 'https://i.test/c.jpg', is_standard: true },
      },
    ]);
  });

  it('creates sections under the target board', async () => {
    const { calls, account } = transport({ 'POST /v5/boards/10/sections': (_url, body) => ({ id: '41', ...(body as object) }) });
    expect(await account.createSection('10', { name: 'Cold' })).toEqual({ id: '41', name: 'Cold' });
    expect(calls[0]?.body).toEqual({ name: 'Cold' });
  });
});
