import type { AdAccount, Board, Pin } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, tokenOf, walkPages, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

describe('GET /v5/pins', () => {
  const sim = useSimulator({ boards: 3, pinsPerBoard: 5 });

  it('lists every pin the caller owns, across boards, newest first, page by page', async () => {
    const api = simApi(sim());
    const boards = (await walkPages<Board>(api, '/v5/boards')).items;
    const onBoards = [];
    for (const board of boards) onBoards.push(...(await walkPages<Pin>(api, `/v5/boards/${board.id}/pins`)).items);
    const listed = await walkPages<Pin>(api, '/v5/pins?page_size=4');
    expect(listed.pages).toBe(3);
    expect(listed.items.map((pin) => pin.id)).toEqual(
      [...onBoards].sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '')).map((pin) => pin.id),
    );
    expect((await walkPages(simApi(sim(), tokenOf(sim(), 1)), '/v5/pins')).items).toEqual([]);
  });

  it('keeps the pins of secret boards with pin_type=PRIVATE and protected pins only when asked', async () => {
    const api = simApi(sim());
    const all = (await walkPages<Pin>(api, '/v5/pins')).items;
    const secret = (await walkPages<Board>(api, '/v5/boards')).items.find((board) => board.privacy === 'SECRET');
    const privateOnly = (await walkPages<Pin>(api, '/v5/pins?pin_type=PRIVATE')).items;
    expect(privateOnly.length).toBeGreaterThan(0);
    expect(privateOnly.every((pin) => pin.board_id === secret?.id)).toBe(true);
    const board = (await api.post<Board>('/v5/boards', { name: 'Members only', privacy: 'PROTECTED' })).body;
    const source = all[0]?.id as string;
    const saved = (await api.post<Pin>(`/v5/pins/${source}/save`, { board_id: board.id })).body;
    expect((await walkPages<Pin>(api, '/v5/pins')).items.map((pin) => pin.id)).not.toContain(saved.id);
    const withProtected = (await walkPages<Pin>(api, '/v5/pins?include_protected_pins=true')).items;
    expect(withProtected[0]?.id).toBe(saved.id);
    expect((await walkPages<Pin>(api, '/v5/pins?include_protected_pins=true&pin_filter=exclude_native')).items.map((p) => p.id)).toEqual([
      saved.id,
    ]);
    expect((await walkPages<Pin>(api, '/v5/pins?include_protected_pins=true&pin_filter=exclude_repins')).items).toHaveLength(all.length);
  });

  it('filters promoted pins and creative types, and lists for the owner of an ad account', async () => {
    const api = simApi(sim());
    const promoted = (await walkPages<Pin>(api, '/v5/pins?pin_filter=has_been_promoted')).items;
    expect(promoted.length).toBeGreaterThan(0);
    expect(promoted.every((pin) => pin.has_been_promoted)).toBe(true);
    const all = (await walkPages<Pin>(api, '/v5/pins')).items;
    // The seed mixes images, carousels, videos and Idea pins: each filter lists exactly its kinds.
    const ids = (pins: Pin[]) => pins.map((pin) => pin.id).sort();
    const ofTypes = (...types: string[]) => all.filter((pin) => types.includes(String(pin.creative_type)));
    expect(ofTypes('REGULAR').length).toBeGreaterThan(0);
    expect(ofTypes('VIDEO', 'CAROUSEL').length).toBeGreaterThan(0);
    expect(ids((await walkPages<Pin>(api, '/v5/pins?creative_types=REGULAR')).items)).toEqual(ids(ofTypes('REGULAR')));
    expect(ids((await walkPages<Pin>(api, '/v5/pins?creative_types=VIDEO,CAROUSEL')).items)).toEqual(ids(ofTypes('VIDEO', 'CAROUSEL')));
    const account = (await walkPages<AdAccount>(api, '/v5/ad_accounts')).items[0];
    expect((await walkPages<Pin>(api, `/v5/pins?ad_account_id=${account?.id}`)).items).toHaveLength(all.length);
    const other = await simApi(sim(), tokenOf(sim(), 1)).get<ErrorBody>(`/v5/pins?ad_account_id=${account?.id}`);
    expect([other.status, other.body.code]).toEqual([403, 29]);
  });

  it('answers 400 code 1 to a filter value the description does not list', async () => {
    for (const query of ['pin_filter=mine', 'pin_type=PUBLIC', 'creative_types=GIF', 'include_protected_pins=yes', 'page_size=251']) {
      const answer = await simApi(sim()).get<ErrorBody>(`/v5/pins?${query}`);
      expect([query, answer.status, answer.body.code]).toEqual([query, 400, 1]);
    }
  });
});
