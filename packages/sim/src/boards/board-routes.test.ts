import type { Board, Pin } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, tokenOf, walkPages, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

// The generated `Pin['media']` (an Omit over a union) exposes no `media_type`; read it loosely.
const mediaTypeOf = (pin: Pin) => (pin.media as { media_type?: string } | undefined)?.media_type;

interface Page<T> {
  items: T[];
  bookmark: string | null;
}

describe('GET /v5/boards', () => {
  const sim = useSimulator({ boards: 7, pinsPerBoard: 8 });

  it('lists the demo boards with mixed privacy, one of them empty', async () => {
    const { items } = await walkPages<Board>(simApi(sim()), '/v5/boards');
    expect(items).toHaveLength(7);
    expect(new Set(items.map((board) => board.privacy))).toEqual(new Set(['PUBLIC', 'SECRET']));
    expect(items.at(-1)?.pin_count).toBe(0);
    expect(items[0]?.pin_count).toBe(8);
    expect(items[0]?.owner?.username).toBe('pinkit_demo');
  });

  it('walks every board exactly once with bookmarks, ending with a null bookmark', async () => {
    const { items, pages } = await walkPages<Board>(simApi(sim()), '/v5/boards?page_size=2');
    expect(pages).toBe(4);
    expect(new Set(items.map((board) => board.id)).size).toBe(7);
    const last = await simApi(sim()).get<Page<Board>>('/v5/boards?page_size=7');
    expect(last.body.bookmark).toBeNull();
  });

  it('filters by privacy', async () => {
    const secret = await walkPages<Board>(simApi(sim()), '/v5/boards?privacy=SECRET');
    expect(secret.items.length).toBeGreaterThan(0);
    expect(secret.items.every((board) => board.privacy === 'SECRET')).toBe(true);
    const bad = await simApi(sim()).get<ErrorBody>('/v5/boards?privacy=HIDDEN');
    expect(bad.status).toBe(400);
  });

  it.each(['0', '251', 'abc', '-1'])('refuses page_size=%s with 400 code 1', async (size) => {
    const response = await simApi(sim()).get<ErrorBody>(`/v5/boards?page_size=${size}`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(1);
    expect(response.body.message).toContain('page_size');
  });

  it('refuses a bookmark it did not hand out', async () => {
    expect((await simApi(sim()).get('/v5/boards?bookmark=not-a-bookmark')).status).toBe(400);
  });

  it('shows the second user no boards', async () => {
    const response = await simApi(sim(), tokenOf(sim(), 1)).get<Page<Board>>('/v5/boards');
    expect(response.body).toEqual({ items: [], bookmark: null });
  });
});

describe('boards CRUD', () => {
  const sim = useSimulator();

  it('creates a board that reads back and is listed', async () => {
    const api = simApi(sim());
    const created = await api.post<Board>('/v5/boards', { name: 'Copies', description: 'from tests', privacy: 'SECRET' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Copies', description: 'from tests', privacy: 'SECRET', pin_count: 0 });
    expect((await api.get<Board>(`/v5/boards/${created.body.id}`)).body.name).toBe('Copies');
    const { items } = await walkPages<Board>(api, '/v5/boards');
    expect(items.map((board) => board.id)).toContain(created.body.id);
  });

  it('refuses a second board with the same name (ignoring case) with 400', async () => {
    const api = simApi(sim());
    const duplicate = await api.post<ErrorBody>('/v5/boards', { name: 'summer RECIPES' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.message).toMatch(/already have a board named/);
    // Names are per user: the other account may use it.
    expect((await simApi(sim(), tokenOf(sim(), 1)).post('/v5/boards', { name: 'Summer recipes' })).status).toBe(201);
  });

  it('refuses a board without a name, or with a bad privacy', async () => {
    const api = simApi(sim());
    expect((await api.post('/v5/boards', { description: 'no name' })).status).toBe(400);
    expect((await api.post('/v5/boards', { name: 'x', privacy: 'HIDDEN' })).status).toBe(400);
    expect((await api.call('POST', '/v5/boards', undefined, { 'content-type': 'application/json' })).status).toBe(400);
  });

  it('updates name, description and privacy with PATCH', async () => {
    const api = simApi(sim());
    const board = (await api.post<Board>('/v5/boards', { name: 'Draft' })).body;
    const updated = await api.patch<Board>(`/v5/boards/${board.id}`, { name: 'Final', description: null, privacy: 'SECRET' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: board.id, name: 'Final', description: null, privacy: 'SECRET' });
    expect((await api.patch(`/v5/boards/${board.id}`, { privacy: 'PROTECTED' })).status).toBe(400);
    expect((await api.patch(`/v5/boards/${board.id}`, { name: 'Garden ideas' })).status).toBe(400);
  });

  it('deletes a board with its pins', async () => {
    const api = simApi(sim());
    const [board] = (await api.get<Page<Board>>('/v5/boards')).body.items;
    const pins = (await api.get<Page<Pin>>(`/v5/boards/${board?.id}/pins`)).body.items;
    expect((await api.delete(`/v5/boards/${board?.id}`)).status).toBe(204);
    expect((await api.get<ErrorBody>(`/v5/boards/${board?.id}`)).body).toEqual({ code: 40, message: 'Board not found.' });
    expect((await api.get(`/v5/pins/${pins[0]?.id}`)).status).toBe(404);
    expect((await api.delete(`/v5/boards/${board?.id}`)).status).toBe(404);
  });

  it('answers 404 for an unknown board and 400 for an id that is not numeric', async () => {
    const api = simApi(sim());
    expect((await api.get('/v5/boards/549000000000000999')).status).toBe(404);
    expect((await api.get('/v5/boards/999/pins')).status).toBe(404);
    const malformed = await api.get<ErrorBody>('/v5/boards/abc');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toContain('^\\d+$');
  });

  it("keeps other users' boards private: 403 for public ones, 404 for secret ones", async () => {
    const boards = (await simApi(sim()).get<Page<Board>>('/v5/boards')).body.items;
    const outsider = simApi(sim(), tokenOf(sim(), 1));
    const publicBoard = boards.find((board) => board.privacy === 'PUBLIC');
    const secretBoard = boards.find((board) => board.privacy === 'SECRET');
    const forbidden = await outsider.get<ErrorBody>(`/v5/boards/${publicBoard?.id}`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe(29);
    expect((await outsider.delete(`/v5/boards/${publicBoard?.id}`)).status).toBe(403);
    expect((await outsider.get(`/v5/boards/${secretBoard?.id}`)).status).toBe(404);
  });
});

describe('GET /v5/boards/{board_id}/pins', () => {
  const sim = useSimulator({ boards: 3, pinsPerBoard: 60 });

  it('walks every pin of a board exactly once, newest first', async () => {
    const api = simApi(sim());
    const [board] = (await api.get<Page<Board>>('/v5/boards')).body.items;
    const { items, pages } = await walkPages<Pin>(api, `/v5/boards/${board?.id}/pins?page_size=25`);
    expect(pages).toBe(3);
    expect(items).toHaveLength(60);
    expect(new Set(items.map((pin) => pin.id)).size).toBe(60);
    const created = items.map((pin) => pin.created_at ?? '');
    expect(created).toEqual([...created].sort().reverse());
  });

  it('neither repeats nor skips a pin when pins are deleted between pages', async () => {
    const api = simApi(sim());
    const [board] = (await api.get<Page<Board>>('/v5/boards')).body.items;
    const first = await api.get<Page<Pin>>(`/v5/boards/${board?.id}/pins?page_size=10`);
    // Delete one pin already served and one not yet served.
    const servedId = first.body.items[3]?.id;
    const all = (await walkPages<Pin>(api, `/v5/boards/${board?.id}/pins`)).items;
    const unservedId = all[30]?.id;
    await api.delete(`/v5/pins/${servedId}`);
    await api.delete(`/v5/pins/${unservedId}`);
    const rest = await walkPages<Pin>(api, `/v5/boards/${board?.id}/pins?page_size=10`, first.body.bookmark);
    const seen = [...first.body.items, ...rest.items].map((pin) => pin.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(59);
    expect(seen).not.toContain(unservedId);
  });

  it('lists images, videos, carousels and Idea pins as the description shapes them, with no extra type field', async () => {
    const api = simApi(sim());
    const [board] = (await api.get<Page<Board>>('/v5/boards')).body.items;
    const { items } = await walkPages<Pin>(api, `/v5/boards/${board?.id}/pins?page_size=250`);
    const kinds = new Set(items.map((pin) => `${mediaTypeOf(pin)}/${pin.creative_type}`));
    expect([...kinds].sort()).toEqual([
      'image/REGULAR',
      'multiple_images/CAROUSEL',
      'multiple_mixed/IDEA',
      'multiple_videos/IDEA',
      'video/VIDEO',
    ]);
    expect(items.every((pin) => !('type' in pin))).toBe(true);
  });
});
