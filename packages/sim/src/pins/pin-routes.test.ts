import type { Board, Pin } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, tokenOf, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

// The generated `Pin['media']` (an Omit over a union) exposes no `media_type`; read it loosely.
const mediaTypeOf = (pin: Pin) => (pin.media as { media_type?: string } | undefined)?.media_type;

interface Page<T> {
  items: T[];
  bookmark: string | null;
}

const PNG_BASE64 = Buffer.from('fake png bytes').toString('base64');

describe('pins', () => {
  const sim = useSimulator({ spamDomains: ['spam.example'] });

  async function firstBoardPins() {
    const api = simApi(sim());
    const [board] = (await api.get<Page<Board>>('/v5/boards')).body.items;
    if (!board) throw new Error('no seeded board');
    const pins = (await api.get<Page<Pin>>(`/v5/boards/${board.id}/pins`)).body.items;
    return { api, board, pins };
  }

  it('reads a seeded pin with realistic image media', async () => {
    const { api, pins } = await firstBoardPins();
    const pin = (await api.get<Pin>(`/v5/pins/${pins.find((listed) => mediaTypeOf(listed) === 'image')?.id}`)).body;
    expect(pin.media).toMatchObject({ media_type: 'image' });
    const images = (pin.media as { images: Record<string, { width: number; height: number; url: string }> }).images;
    expect(Object.keys(images)).toEqual(['150x150', '400x300', '600x', '1200x']);
    expect(images['1200x']?.width).toBe(1200);
    expect(images['1200x']?.url).toMatch(/^https:\/\/i\.pinimg\.com\/1200x\//);
    expect(pin.is_owner).toBe(true);
  });

  it('updates the text fields given, keeps the others, and refuses a move it does not do', async () => {
    const { api, pins } = await firstBoardPins();
    const pin = pins[0]!;
    const updated = await api.patch<Pin>(`/v5/pins/${pin.id}`, { title: 'Renamed', alt_text: 'Alt' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      id: pin.id,
      title: 'Renamed',
      alt_text: 'Alt',
      description: pin.description,
      board_id: pin.board_id,
    });
    expect((await api.get<Pin>(`/v5/pins/${pin.id}`)).body.title).toBe('Renamed');
    expect((await api.patch<ErrorBody>(`/v5/pins/${pin.id}`, { link: 'not a url' })).status).toBe(400);
    expect((await api.patch<ErrorBody>(`/v5/pins/${pin.id}`, { board_id: '1' })).body.message).toMatch(/'board_id'/);
  });

  it('creates a pin from an image URL that reads back and is listed on its board', async () => {
    const { api, board, pins } = await firstBoardPins();
    const source = pins.find((pin) => mediaTypeOf(pin) === 'image');
    const imageUrl = (source?.media as { images: Record<string, { url: string }> }).images['1200x']?.url;
    const created = await api.post<Pin>('/v5/pins', {
      board_id: board.id,
      title: 'Copied',
      description: 'A copy',
      link: 'https://recipes.example.com/copy',
      alt_text: 'alt',
      media_source: { source_type: 'image_url', url: imageUrl },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ board_id: board.id, title: 'Copied', board_section_id: null, is_owner: true });
    // Pinning an image the simulator served keeps the same picture.
    expect(created.body.media).toEqual(source?.media);
    expect((await api.get<Pin>(`/v5/pins/${created.body.id}`)).body.title).toBe('Copied');
    const listed = (await api.get<Page<Pin>>(`/v5/boards/${board.id}/pins?page_size=1`)).body.items;
    expect(listed[0]?.id).toBe(created.body.id);
  });

  it.each([
    ['image_base64', { source_type: 'image_base64', content_type: 'image/png', data: PNG_BASE64 }, 'image'],
    [
      'multiple_image_urls',
      { source_type: 'multiple_image_urls', items: [{ url: 'https://a.example/1.jpg' }, { url: 'https://a.example/2.jpg', title: 't' }] },
      'multiple_images',
    ],
    [
      'multiple_image_base64',
      {
        source_type: 'multiple_image_base64',
        items: [
          { content_type: 'image/jpeg', data: PNG_BASE64 },
          { content_type: 'image/png', data: PNG_BASE64 },
        ],
      },
      'multiple_images',
    ],
    ['pin_url', { source_type: 'pin_url', is_affiliate_link: false }, 'image'],
  ])('creates a pin from a %s media source', async (_name, mediaSource, mediaType) => {
    const { api, board } = await firstBoardPins();
    const created = await api.post<Pin>('/v5/pins', {
      board_id: board.id,
      link: 'https://shop.example.com/item',
      media_source: mediaSource,
    });
    expect(created.status).toBe(201);
    expect(created.body.media).toMatchObject({ media_type: mediaType });
    expect(created.body.creative_type).toBe(mediaType === 'multiple_images' ? 'CAROUSEL' : 'REGULAR');
  });

  it.each([
    ['no media_source', undefined],
    ['an unknown source_type', { source_type: 'gif_url', url: 'https://a.example/x.gif' }],
    ['an image_url that is not a URL', { source_type: 'image_url', url: 'not a url' }],
    ['image_base64 with a bad content type', { source_type: 'image_base64', content_type: 'image/gif', data: PNG_BASE64 }],
    ['image_base64 with data that is not base64', { source_type: 'image_base64', content_type: 'image/png', data: '***' }],
    ['one carousel image', { source_type: 'multiple_image_urls', items: [{ url: 'https://a.example/1.jpg' }] }],
    [
      'six carousel images',
      { source_type: 'multiple_image_urls', items: Array.from({ length: 6 }, (_, i) => ({ url: `https://a.example/${i}.jpg` })) },
    ],
    ['a video_id that was never uploaded', { source_type: 'video_id', media_id: '568000000000000999' }],
  ])('refuses %s with 400', async (_name, mediaSource) => {
    const { api, board } = await firstBoardPins();
    const response = await api.post<ErrorBody>('/v5/pins', { board_id: board.id, media_source: mediaSource });
    expect(response.status).toBe(400);
  });

  it.each([
    ['title', 101],
    ['description', 801],
    ['alt_text', 501],
    ['link', 2049],
  ])('refuses a %s longer than the limit with 400', async (field, length) => {
    const { api, board } = await firstBoardPins();
    const value = field === 'link' ? `https://a.example/${'x'.repeat(length - 18)}` : 'x'.repeat(length);
    expect(value).toHaveLength(length);
    const tooLong = await api.post<ErrorBody>('/v5/pins', {
      board_id: board.id,
      [field]: value,
      media_source: { source_type: 'image_url', url: 'https://a.example/i.jpg' },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toContain(field);
    const atLimit = await api.post('/v5/pins', {
      board_id: board.id,
      [field]: value.slice(0, -1),
      media_source: { source_type: 'image_url', url: 'https://a.example/i.jpg' },
    });
    expect(atLimit.status).toBe(201);
  });

  it('refuses a link on a spam domain with a 429 that says spam, and counts it as no rate limit', async () => {
    const { api, board } = await firstBoardPins();
    const response = await api.post<ErrorBody>('/v5/pins', {
      board_id: board.id,
      link: 'https://deals.spam.example/buy',
      media_source: { source_type: 'image_url', url: 'https://a.example/i.jpg' },
    });
    expect(response.status).toBe(429);
    expect(response.body.message).toMatch(/spam/i);
    expect(response.body.message_detail).toMatch(/spam\.example/);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(sim().stats.rateLimited).toBe(0);
    sim().configure({ spamDomains: [] });
    expect(
      (
        await api.post('/v5/pins', {
          board_id: board.id,
          link: 'https://deals.spam.example/buy',
          media_source: { source_type: 'image_url', url: 'https://a.example/i.jpg' },
        })
      ).status,
    ).toBe(201);
  });

  it('puts a pin into a section, and refuses a section of another board', async () => {
    const api = simApi(sim());
    const board = (await api.post<Board>('/v5/boards', { name: 'Sectioned' })).body;
    const section = (await api.post<{ id: string }>(`/v5/boards/${board.id}/sections`, { name: 'Part one' })).body;
    const media = { source_type: 'image_url', url: 'https://a.example/i.jpg' };
    const created = await api.post<Pin>('/v5/pins', { board_id: board.id, board_section_id: section.id, media_source: media });
    expect(created.body.board_section_id).toBe(section.id);
    const other = (await api.post<Board>('/v5/boards', { name: 'Other' })).body;
    expect((await api.post('/v5/pins', { board_id: other.id, board_section_id: section.id, media_source: media })).status).toBe(404);
  });

  it("refuses pins on another user's board", async () => {
    const { board } = await firstBoardPins();
    const outsider = simApi(sim(), tokenOf(sim(), 1));
    const response = await outsider.post<ErrorBody>('/v5/pins', {
      board_id: board.id,
      media_source: { source_type: 'image_url', url: 'https://a.example/i.jpg' },
    });
    expect(response.status).toBe(403);
  });

  it('deletes a pin; only its owner may', async () => {
    const { api, pins } = await firstBoardPins();
    const pinId = pins[0]?.id;
    expect((await simApi(sim(), tokenOf(sim(), 1)).delete(`/v5/pins/${pinId}`)).status).toBe(403);
    expect((await api.delete(`/v5/pins/${pinId}`)).status).toBe(204);
    const gone = await api.get<ErrorBody>(`/v5/pins/${pinId}`);
    expect(gone.body).toEqual({ code: 50, message: 'Pin not found.' });
  });

  it("saves a public pin onto another user's board as a new pin owned by them", async () => {
    const { pins } = await firstBoardPins();
    const source = pins[0];
    const target = simApi(sim(), tokenOf(sim(), 1));
    const board = (await target.post<Board>('/v5/boards', { name: 'Saved' })).body;
    const section = (await target.post<{ id: string }>(`/v5/boards/${board.id}/sections`, { name: 'Best' })).body;
    const saved = await target.post<Pin>(`/v5/pins/${source?.id}/save`, { board_id: board.id, board_section_id: section.id });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      board_id: board.id,
      board_section_id: section.id,
      parent_pin_id: source?.id,
      is_owner: true,
      title: source?.title,
    });
    expect(saved.body.id).not.toBe(source?.id);
    expect((await target.get<Page<Pin>>(`/v5/boards/${board.id}/pins`)).body.items.map((pin) => pin.id)).toEqual([saved.body.id]);
    expect((await target.post(`/v5/pins/${source?.id}/save`, { board_id: '549000000000000999' })).status).toBe(404);
    expect((await target.post('/v5/pins/813000000000000999/save', { board_id: board.id })).status).toBe(404);
  });
});
