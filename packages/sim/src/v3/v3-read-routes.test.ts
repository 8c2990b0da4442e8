import type { V3Board, V3Business, V3Pin, V3Section, V3User } from '@pinkit/api-v3';
import type { LinkedBusiness } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';
import { type Envelope, v3Api, walkV3 } from '../test-support/v3-api.js';

// There is no official v3 description to validate against: these assert the envelope and the
// fields API-V3.md records, which the quickstart read.

describe('the v3 reads', () => {
  const sim = useSimulator({ boards: 5, pinsPerBoard: 9 });

  it('answers GET /v3/users/me/ in the envelope with the profile fields', async () => {
    const { status, body } = await v3Api(sim()).get<Envelope<V3User>>('/v3/users/me/');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'success',
      code: 0,
      message: 'ok',
      data: {
        id: sim().users[0]?.id,
        username: 'pinkit_demo',
        full_name: 'pinkit_demo',
        about: expect.any(String) as unknown,
        profile_url: 'https://www.pinterest.com/pinkit_demo/',
        pin_count: 36,
      },
    });
    expect((await v3Api(sim()).get<Envelope<V3User>>(`/v3/users/${sim().users[0]?.id}/`)).body.data?.username).toBe('pinkit_demo');
  });

  it('reads through v3 a board created through v5, with its sections and pins', async () => {
    const created = await simApi(sim()).post<{ id: string }>('/v5/boards', { name: 'Made in v5', description: 'Both ways' });
    expect(created.status).toBe(201);
    const { body } = await v3Api(sim()).get<Envelope<V3Board>>(`/v3/boards/${created.body.id}/`);
    expect(body.data).toEqual({
      id: created.body.id,
      name: 'Made in v5',
      url: 'https://www.pinterest.com/pinkit_demo/made-in-v5/',
      category: null,
      description: 'Both ways',
      pin_count: 0,
      privacy: 'public',
    });
    expect((await simApi(sim()).post(`/v5/boards/${created.body.id}/sections`, { name: 'Later' })).status).toBe(201);
    const sections = await walkV3<V3Section>(sim(), `/v3/board/${created.body.id}/sections/`);
    expect(sections.items).toEqual([{ id: expect.any(String) as unknown, title: 'Later', pin_count: 0 }]);
  });

  it("lists a board's pins with the pin fields, sectioned ones counted in their section", async () => {
    const feed = await walkV3<V3Board>(sim(), '/v3/users/me/boards/feed/');
    const board = feed.items[0]!;
    const pins = await walkV3<V3Pin>(sim(), `/v3/boards/${board.id}/pins/?page_size=4`);
    expect(pins.items).toHaveLength(board.pin_count ?? -1);
    expect(pins.pages).toBe(3);
    for (const pin of pins.items) {
      expect(Object.keys(pin).sort()).toEqual(
        ['board_section_id', 'carousel_data', 'description', 'domain', 'id', 'image_large_url', 'link', 'type'].sort(),
      );
      expect(pin.image_large_url).toMatch(/^https:\/\/i\.pinimg\.com\/originals\//);
      if (pin.link) expect(pin.domain).toBe(new URL(pin.link).hostname);
    }
    // The seed puts an Idea pin in every eighth slot (v3's story) and a carousel in every eighth from the sixth.
    expect(pins.items.filter((pin) => pin.type === 'story')).toHaveLength(1);
    expect(pins.items.filter((pin) => pin.carousel_data !== null)).toHaveLength(1);
    const sections = await walkV3<V3Section>(sim(), `/v3/board/${board.id}/sections/`);
    for (const section of sections.items) {
      const inSection = pins.items.filter((pin) => pin.board_section_id === section.id);
      expect(section.pin_count).toBe(inSection.length);
      // GET /v3/board/sections/{id}/pins/ names the section only.
      expect((await walkV3<V3Pin>(sim(), `/v3/board/sections/${section.id}/pins/?page_size=1`)).items).toEqual(inSection);
    }
    expect(sections.items.length).toBeGreaterThan(0);
    const one = pins.items[0]!;
    expect((await v3Api(sim()).get<Envelope<V3Pin>>(`/v3/pins/${one.id}/`)).body.data).toEqual(one);
  });

  it("lists every one of the user's pins, newest first, across pages", async () => {
    const pins = await walkV3<V3Pin>(sim(), '/v3/users/me/pins/?page_size=10');
    expect(pins.items).toHaveLength(36);
    expect(pins.pages).toBe(4);
    expect(new Set(pins.items.map((pin) => pin.id)).size).toBe(36);
    const ids = pins.items.map((pin) => BigInt(pin.id));
    expect([...ids].sort((a, b) => (a < b ? 1 : -1))).toEqual(ids);
  });

  it('honours include_empty and include_archived in the board feed, and v5 lists no archived board', async () => {
    const all = await walkV3<V3Board>(sim(), '/v3/users/me/boards/feed/?page_size=2');
    expect(all.items).toHaveLength(5);
    expect(all.pages).toBe(3);
    const archived = all.items[1]!;
    sim().archiveBoard(archived.id);
    const ids = async (query: string) => (await walkV3<V3Board>(sim(), `/v3/users/me/boards/feed/${query}`)).items.map((board) => board.id);
    const empty = all.items.filter((board) => board.pin_count === 0).map((board) => board.id);
    expect(empty).toHaveLength(1);
    expect(await ids('')).toEqual(all.items.map((board) => board.id));
    expect(await ids('?include_empty=false')).toEqual(all.items.map((board) => board.id).filter((id) => !empty.includes(id)));
    expect(await ids('?include_archived=false&page_size=1')).toEqual(all.items.map((board) => board.id).filter((id) => id !== archived.id));
    const v5 = await simApi(sim()).get<{ items: { id: string }[] }>('/v5/boards');
    expect(v5.body.items.map((board) => board.id)).not.toContain(archived.id);
    expect(v5.body.items).toHaveLength(4);
  });

  it('answers failures in the v3 envelope with the code and the request id header', async () => {
    const missing = await v3Api(sim()).get<Envelope<never>>('/v3/pins/999999999999/');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ status: 'failure', code: 50, message: 'Pin not found.' });
    expect(missing.headers.get('x-pinterest-rid')).toMatch(/^[0-9a-f]{16}$/);
    expect((await simApi(sim(), null).get('/v3/users/me/')).body).toEqual({
      status: 'failure',
      code: 2,
      message: 'Authentication failed.',
    });
    const badFlag = await v3Api(sim()).get<Envelope<never>>('/v3/users/me/boards/feed/?include_empty=yes');
    expect(badFlag.status).toBe(400);
    expect(badFlag.body).toMatchObject({ status: 'failure', code: 1 });
    expect((await v3Api(sim()).get('/v3/users/pinkit_target/pins/')).body).toMatchObject({ status: 'failure', code: 29 });
    expect((await v3Api(sim()).get('/v3/nowhere/')).body).toMatchObject({ status: 'failure', code: 404 });
    expect((await v3Api(sim()).get('/v3/board/sections/999999999999/pins/')).body).toMatchObject({ status: 'failure', code: 2031 });
  });

  it('reads v3 with v3 scopes only: a v5 token is refused there, a v3 token on v5', async () => {
    const withV5Token = await simApi(sim()).get<Envelope<never>>('/v3/users/me/boards/feed/');
    expect(withV5Token.status).toBe(403);
    expect(withV5Token.body).toMatchObject({ status: 'failure', code: 3 });
    expect(withV5Token.body.message).toMatch(/Missing: read_boards\./);
    expect((await v3Api(sim()).get('/v5/boards')).status).toBe(403);
  });

  it("lists the user's linked businesses, the ones v5 lists, and answers 400 in v3's envelope without read_advertisers", async () => {
    const { status, body } = await v3Api(sim()).get<Envelope<V3Business[]>>('/v3/users/me/businesses/');
    expect(status).toBe(200);
    const v5 = (await simApi(sim()).get<LinkedBusiness[]>('/v5/user_account/businesses')).body;
    expect(body.data).toEqual([
      {
        id: expect.stringMatching(/^\d+$/) as unknown,
        username: 'pinkit_demo_shop',
        full_name: 'pinkit_demo_shop',
        profile_url: 'https://www.pinterest.com/pinkit_demo_shop/',
        image_large_url: v5[0]?.image_large_url,
      },
    ]);
    expect((await v3Api(sim(), 1).get<Envelope<V3Business[]>>('/v3/users/me/businesses/')).body.data).toEqual([]);
    const usersOnly = sim().issueToken(sim().users[0]?.id ?? '', ['read_users']);
    const refused = await simApi(sim(), usersOnly).get<Envelope<never>>('/v3/users/me/businesses/');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      status: 'failure',
      code: 3,
      message: expect.stringMatching(/Missing: read_advertisers\./) as unknown,
    });
    expect((await simApi(sim(), usersOnly).get('/v3/users/me/')).status).toBe(200);
  });

  it('lists no boards and no pins for the empty second user', async () => {
    const target = (path: string) => v3Api(sim(), 1).get<Envelope<unknown[]>>(path);
    expect((await target('/v3/users/me/boards/feed/')).body).toEqual({ status: 'success', code: 0, message: 'ok', data: [] });
    expect((await target('/v3/users/me/pins/')).body.data).toEqual([]);
  });
});

describe('the v3 rate limits', () => {
  const sim = useSimulator({ boards: 1, pinsPerBoard: 1, rateLimits: { org_read: '3/min', ads_read: '1/min' } });

  it('charges v3 reads to the quota of their v5 counterparts: one user, one org_read budget, whichever version asks', async () => {
    expect((await simApi(sim()).get('/v5/boards')).status).toBe(200);
    expect((await simApi(sim()).get('/v5/user_account')).status).toBe(200);
    const last = await v3Api(sim()).get('/v3/users/me/');
    expect(last.status).toBe(200);
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
    const limited = await v3Api(sim()).get<Envelope<never>>('/v3/users/me/boards/feed/');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ status: 'failure', code: 8 });
    // The ads tree has its own category: org_read being spent does not stop it.
    const me = sim().users[0]?.id ?? '';
    expect((await v3Api(sim()).get(`/ads/v3/advertisers/?owner_user_id=${me}`)).status).toBe(200);
    expect((await v3Api(sim()).get(`/ads/v3/advertisers/?owner_user_id=${me}`)).status).toBe(429);
  });
});
