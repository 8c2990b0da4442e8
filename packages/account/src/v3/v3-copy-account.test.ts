import { createV3Client } from '@pinkit/api-v3';
import { preparePinCopy } from '@pinkit/copy-engine';
import { describe, expect, it } from 'vitest';
import { createV3CopyAccount, toV3CopyablePin, toV3PinCreate, V3CannotCreateError } from './v3-copy-account.js';

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/** A v3 client over an injected transport answering `data` by "METHOD path". */
function account(routes: Record<string, (body: unknown) => unknown>) {
  const sent: Sent[] = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
    sent.push({ method: init.method ?? 'GET', path: url.pathname, body });
    const route = routes[`${init.method ?? 'GET'} ${url.pathname}`];
    const envelope = route ? { status: 'success', code: 0, data: route(body) } : { status: 'failure', code: 404, message: 'Not found' };
    return new Response(JSON.stringify(envelope), { status: route ? 200 : 404, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return {
    sent,
    account: createV3CopyAccount(createV3Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false })),
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const IMAGE = 'https://i.pinimg.com/originals/ab/cd/ef/abcdef.jpg';

describe('createV3CopyAccount', () => {
  it('reads a v3 pin as an image pin whose one rendition is image_large_url, in its section', () => {
    const pin = toV3CopyablePin({
      id: '5',
      type: 'pin',
      description: 'Soup',
      link: 'https://e.com',
      image_large_url: IMAGE,
      board_section_id: '7',
    });
    expect(pin).toEqual({
      id: '5',
      description: 'Soup',
      link: 'https://e.com',
      board_section_id: '7',
      media: { media_type: 'image', images: { originals: { url: IMAGE } } },
    });
    expect(preparePinCopy(pin)).toMatchObject({ kind: 'copy', content: { media_source: { source_type: 'image_url', url: IMAGE } } });
  });

  it('reads a story as a kind the engine skips, naming API v3, and a pin without an image as one it cannot copy', () => {
    const story = preparePinCopy(toV3CopyablePin({ id: '6', type: 'story', image_large_url: IMAGE }), { api: 'API v3' });
    expect(story).toEqual({
      kind: 'skip',
      reason: 'not-creatable',
      message: 'Pin 6 is a story pin (media_type story), which API v3 cannot create; it was not copied.',
    });
    expect(preparePinCopy(toV3CopyablePin({ id: '8', type: 'pin', image_large_url: null }))).toMatchObject({
      kind: 'skip',
      reason: 'no-image',
    });
  });

  it('copies a carousel as carousel_data_json, its first slide the image_url', () => {
    const carousel_data = {
      carousel_slots: [
        { image_large_url: IMAGE, title: 'One', description: null, link: null },
        { image_large_url: 'https://i.pinimg.com/originals/2.jpg', title: null, description: 'Two', link: 'https://e.com/2' },
      ],
    };
    const plan = preparePinCopy(toV3CopyablePin({ id: '9', type: 'pin', image_large_url: IMAGE, carousel_data }));
    if (plan.kind !== 'copy') throw new Error('expected a copy');
    const create = toV3PinCreate({ ...plan.content, board_id: '3', board_section_id: '4', link: 'https://e.com' });
    expect(create).toEqual({
      board_id: '3',
      section: '4',
      source_url: 'https://e.com',
      image_url: IMAGE,
      carousel_data_json: expect.any(String) as unknown,
    });
    expect(JSON.parse(create.carousel_data_json ?? '')).toEqual({
      carousel_slots: [
        { image_url: IMAGE, title: 'One' },
        { image_url: 'https://i.pinimg.com/originals/2.jpg', description: 'Two', link: 'https://e.com/2' },
      ],
    });
  });

  it('refuses a video pin, which v3 could not create', () => {
    expect(() => toV3PinCreate({ board_id: '3', media_source: { source_type: 'video_id', media_id: '1' } })).toThrow(V3CannotCreateError);
  });

  it("maps boards' privacy and sections' titles both ways", async () => {
    const { sent, account: v3 } = account({
      'GET /v3/users/me/boards/feed/': () => [{ id: '1', name: 'Soups', privacy: 'secret', pin_count: 4 }],
      'PUT /v3/boards/': () => ({ id: '2', name: 'Soups (copy)', privacy: 'secret' }),
      'GET /v3/board/2/sections/': () => [{ id: '7', title: 'Cold' }],
      'PUT /v3/board/2/sections/': () => ({ id: '8', title: 'Hot' }),
      'GET /v3/board/sections/7/pins/': () => [{ id: '5', type: 'pin', image_large_url: IMAGE, board_section_id: '7' }],
    });
    expect(await collect(v3.listBoards())).toEqual([{ id: '1', name: 'Soups', description: null, privacy: 'SECRET', pin_count: 4 }]);
    expect(await v3.createBoard({ name: 'Soups (copy)', privacy: 'SECRET' })).toMatchObject({ id: '2', privacy: 'SECRET' });
    expect(await collect(v3.listSections('2'))).toEqual([{ id: '7', name: 'Cold' }]);
    expect(await v3.createSection('2', { name: 'Hot' })).toEqual({ id: '8', name: 'Hot' });
    expect((await collect(v3.listSectionPins('2', '7'))).map((pin) => pin.id)).toEqual(['5']);
    expect(sent.filter((request) => request.method === 'PUT').map((request) => request.body)).toEqual([
      { name: 'Soups (copy)', privacy: 'secret' },
      { title: 'Hot' },
    ]);
    expect(v3.api).toBe('API v3');
  });
});
