import type { V3Board, V3Pin, V3Section } from '@pinkit/api-v3';
import { describe, expect, it } from 'vitest';
import { simApi } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';
import { type Envelope, v3Api } from '../test-support/v3-api.js';
import type { Simulator } from '../simulator.js';

const put = <T>(sim: Simulator, path: string, body: unknown) => v3Api(sim).call<Envelope<T>>('PUT', path, body);
const IMAGE = 'https://example.com/pictures/tart.jpg';

describe('the v3 writes', () => {
  const sim = useSimulator({ boards: 2, pinsPerBoard: 3, spamDomains: ['spam.example'] });

  it('creates a board with PUT /v3/boards/ that v5 reads, and deletes one made on v5', async () => {
    const created = await put<V3Board>(sim(), '/v3/boards/', { name: 'Made on v3', description: 'Both ways', privacy: 'secret' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ status: 'success', code: 0, data: { name: 'Made on v3', privacy: 'secret', pin_count: 0 } });
    const id = created.body.data?.id ?? '';
    const read = await simApi(sim()).get<{ id: string; name: string; privacy: string }>(`/v5/boards/${id}`);
    expect(read.body).toMatchObject({ id, name: 'Made on v3', description: 'Both ways', privacy: 'SECRET' });

    const v5Board = await simApi(sim()).post<{ id: string }>('/v5/boards', { name: 'Made on v5' });
    const deleted = await v3Api(sim()).delete<Envelope<null>>(`/v3/boards/${v5Board.body.id}/`);
    expect(deleted).toMatchObject({ status: 200, body: { status: 'success', code: 0, data: null } });
    expect((await simApi(sim()).get(`/v5/boards/${v5Board.body.id}`)).status).toBe(404);
  });

  it('refuses a second board of the same name, and a write without its v3 scope, in the v3 envelope', async () => {
    expect((await put(sim(), '/v3/boards/', { name: 'Twice' })).status).toBe(200);
    const again = await put(sim(), '/v3/boards/', { name: 'twice' });
    expect(again).toMatchObject({
      status: 400,
      body: { status: 'failure', code: 1, message: expect.stringMatching(/already have a board/) },
    });
    // A v5 token carries v5 scope names only.
    const v5Token = await simApi(sim()).call<Envelope<unknown>>('PUT', '/v3/boards/', { name: 'Nope' });
    expect(v5Token).toMatchObject({ status: 403, body: { status: 'failure', code: 3, message: expect.stringMatching(/write_boards/) } });
  });

  it('creates a section with PUT /v3/board/{id}/sections/ that v5 lists', async () => {
    const board = (await put<V3Board>(sim(), '/v3/boards/', { name: 'Sections' })).body.data?.id ?? '';
    const section = await put<V3Section>(sim(), `/v3/board/${board}/sections/`, { title: 'Tarts' });
    expect(section.body).toMatchObject({ status: 'success', data: { title: 'Tarts', pin_count: 0 } });
    const listed = await simApi(sim()).get<{ items: { id: string; name: string }[] }>(`/v5/boards/${board}/sections`);
    expect(listed.body.items).toEqual([{ id: section.body.data?.id, name: 'Tarts' }]);
    const conflict = await put(sim(), `/v3/board/${board}/sections/`, { title: 'tarts' });
    expect(conflict).toMatchObject({ status: 409, body: { status: 'failure', code: 409 } });
  });

  it('creates an image pin with PUT /v3/pins/ in a section, which v5 reads with its link, title and image', async () => {
    const board = (await put<V3Board>(sim(), '/v3/boards/', { name: 'Pins' })).body.data?.id ?? '';
    const section = (await put<V3Section>(sim(), `/v3/board/${board}/sections/`, { title: 'Later' })).body.data?.id;
    const fields = { board_id: board, section, image_url: IMAGE, source_url: 'https://example.com/tart', title: 'Tart' };
    const created = await put<V3Pin>(sim(), '/v3/pins/', { ...fields, description: 'Plum', alt_text: 'A tart' });
    expect(created.body).toMatchObject({
      status: 'success',
      data: { type: 'pin', description: 'Plum', link: 'https://example.com/tart', domain: 'example.com', board_section_id: section },
    });
    const pin = await simApi(sim()).get<Record<string, unknown>>(`/v5/pins/${created.body.data?.id}`);
    expect(pin.body).toMatchObject({ board_id: board, board_section_id: section, title: 'Tart', alt_text: 'A tart' });
    expect(pin.body['media']).toMatchObject({ media_type: 'image' });
  });

  it('keeps the image of a pin the simulator served, so a copy shows the same picture', async () => {
    const board = (await put<V3Board>(sim(), '/v3/boards/', { name: 'Copies' })).body.data?.id ?? '';
    const [source] = (await v3Api(sim()).get<Envelope<V3Pin[]>>('/v3/users/me/pins/')).body.data ?? [];
    const copy = await put<V3Pin>(sim(), '/v3/pins/', { board_id: board, image_url: source?.image_large_url });
    expect(copy.body.data?.image_large_url).toBe(source?.image_large_url);
  });

  it('creates a carousel from carousel_data_json, slides named by image_url or image_large_url', async () => {
    const board = (await put<V3Board>(sim(), '/v3/boards/', { name: 'Carousels' })).body.data?.id ?? '';
    const slots = [
      { image_url: IMAGE, title: 'One' },
      { image_large_url: 'https://example.com/two.jpg', link: 'https://example.com/2' },
    ];
    const created = await put<V3Pin>(sim(), '/v3/pins/', {
      board_id: board,
      image_url: IMAGE,
      carousel_data_json: JSON.stringify({ carousel_slots: slots }),
    });
    expect(created.status).toBe(200);
    const slides = (created.body.data?.carousel_data as { carousel_slots: { title: string | null; link: string | null }[] }).carousel_slots;
    expect(slides.map((slide) => [slide.title, slide.link])).toEqual([
      ['One', null],
      [null, 'https://example.com/2'],
    ]);
    const pin = await simApi(sim()).get<{ media: { media_type: string } }>(`/v5/pins/${created.body.data?.id}`);
    expect(pin.body.media.media_type).toBe('multiple_images');
    const one = await put(sim(), '/v3/pins/', { board_id: board, carousel_data_json: JSON.stringify({ carousel_slots: [slots[0]] }) });
    expect(one.body).toMatchObject({ status: 'failure', code: 1, message: expect.stringMatching(/2 to 5 images/) });
  });

  it('refuses a pin without board or image, a bad source_url, and a spam link (429, "spam")', async () => {
    const board = (await put<V3Board>(sim(), '/v3/boards/', { name: 'Refusals' })).body.data?.id ?? '';
    expect((await put(sim(), '/v3/pins/', { image_url: IMAGE })).body).toMatchObject({ status: 'failure', code: 1 });
    expect((await put(sim(), '/v3/pins/', { board_id: board })).body).toMatchObject({ message: expect.stringMatching(/image_url/) });
    const badLink = await put(sim(), '/v3/pins/', { board_id: board, image_url: IMAGE, source_url: 'ftp://x' });
    expect(badLink.body).toMatchObject({ status: 'failure', message: expect.stringMatching(/invalid URL/) });
    const spam = await put(sim(), '/v3/pins/', { board_id: board, image_url: IMAGE, source_url: 'https://www.spam.example/deal' });
    expect(spam).toMatchObject({ status: 429, body: { status: 'failure', message: expect.stringMatching(/spam/) } });
  });
});

describe('the v3 writes and the knobs', () => {
  const sim = useSimulator({ boards: 1, pinsPerBoard: 1, rateLimits: { org_write: '2/min' } });

  it("spend their v5 counterpart's org_write quota, counted as writes", async () => {
    const writesBefore = sim().stats.writes;
    expect((await put(sim(), '/v3/boards/', { name: 'One' })).headers.get('x-ratelimit-limit')).toBe('2, 100;w=1, 2;w=60');
    expect((await simApi(sim()).post('/v5/boards', { name: 'Two' })).status).toBe(201);
    const limited = await put(sim(), '/v3/boards/', { name: 'Three' });
    expect(limited).toMatchObject({ status: 429, body: { status: 'failure', code: 8 } });
    expect(sim().stats.writes - writesBefore).toBe(2);
    expect(sim().stats.rateLimitedByCategory['org_write']).toBe(1);
  });

  it('suffer the write faults, a lost answer after the write took effect among them', async () => {
    sim().configure({ rateLimits: false, faultRate: 1 });
    const names = Array.from({ length: 24 }, (_, index) => `Fault ${index}`);
    const answers = await Promise.all(
      names.map((name) =>
        put(sim(), '/v3/boards/', { name }).then(
          (reply) => reply.status,
          () => 'lost',
        ),
      ),
    );
    expect(answers.every((answer) => answer !== 200)).toBe(true);
    sim().configure({ faultRate: 0 });
    const feed = await v3Api(sim()).get<Envelope<V3Board[]>>('/v3/users/me/boards/feed/?page_size=100');
    const landed = (feed.body.data ?? []).filter((board) => board.name.startsWith('Fault '));
    // Only a lost answer lands (a closed connection, as a drop is): the 500, 503 and drop come before the handler runs.
    expect(landed.length).toBeGreaterThan(0);
    expect(landed.length).toBeLessThan(answers.filter((answer) => answer === 'lost').length);
  });
});
