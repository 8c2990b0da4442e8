import type { Account, Pin } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../core/seeded-random.js';
import { SimStore } from '../sim-store.js';
import { startSimulator } from '../start-simulator.js';
import { simApi, walkPages } from '../test-support/sim-api.js';
import { seedDemoData } from './seed-demo-data.js';

function seeded(boards: number, pinsPerBoard: number) {
  const store = new SimStore(1);
  const result = seedDemoData(store, { boards, pinsPerBoard }, createSeededRandom(1, 'data'), createSeededRandom(1, 'tokens'));
  return { store, ...result };
}

describe('seedDemoData', () => {
  it('gives the demo user the boards asked for, the last one empty, and the second user none', () => {
    const { store, users } = seeded(4, 8);
    const boards = store.boardsOf(users[0]?.id ?? '');
    expect(boards.map((board) => board.pins.length)).toEqual([8, 8, 8, 0]);
    expect(boards.map((board) => board.privacy)).toEqual(['PUBLIC', 'SECRET', 'PUBLIC', 'PUBLIC']);
    expect(boards.map((board) => board.sections.length)).toEqual([2, 0, 2, 0]);
    expect(store.boardsOf(users[1]?.id ?? '')).toEqual([]);
  });

  it('puts some pins in sections, some outside, and mixes the kinds of pin a real board holds', () => {
    const { store, users } = seeded(1, 16);
    const [board] = store.boardsOf(users[0]?.id ?? '');
    const pins = board?.pins ?? [];
    expect(pins.filter((pin) => pin.sectionId !== null).length).toBe(8);
    expect(pins.filter((pin) => pin.link === null).length).toBeGreaterThan(0);
    const kinds = pins.map((pin) => (pin.media.kind === 'pages' ? pin.media.pages.map((page) => page.kind).join('+') : pin.media.kind));
    expect(kinds.filter((kind) => kind === 'image')).toHaveLength(11);
    expect(kinds.filter((kind) => kind !== 'image')).toEqual(['video', 'images', 'video+video+video', 'images', 'image+video']);
    const carousels = pins.flatMap((pin) => (pin.media.kind === 'images' ? [pin.media.items.length] : []));
    expect(carousels).toEqual([2, 3]);
  });

  it('gives the demo user a small ads tree whose ads promote its own pins, and the second user none', () => {
    const { store, users } = seeded(2, 4);
    const [account] = store.adAccountsOf(users[0]?.id ?? '');
    expect(store.adAccountsOf(users[1]?.id ?? '')).toEqual([]);
    expect([...store.campaigns.values()].map((campaign) => [campaign.adAccountId === account?.id, campaign.status])).toEqual([
      [true, 'ACTIVE'],
      [true, 'PAUSED'],
    ]);
    expect(store.adGroups.size).toBe(4);
    const ads = [...store.ads.values()];
    expect(ads).toHaveLength(8);
    for (const ad of ads) {
      expect(store.pins.get(ad.pinId)?.ownerId).toBe(users[0]?.id);
      expect(store.adGroups.get(ad.adGroupId)?.campaignId).toBe(ad.campaignId);
    }
  });

  it('seeds 100 boards of 1000 pins (the benchmark size)', () => {
    const { store, users } = seeded(100, 1000);
    const boards = store.boardsOf(users[0]?.id ?? '');
    expect(boards).toHaveLength(100);
    expect(store.pins.size).toBe(99 * 1000);
    expect(new Set(boards.map((board) => board.name)).size).toBe(100);
  });

  it('serves a 1000-pin board in four full pages over HTTP', async () => {
    const sim = await startSimulator({ boards: 100, pinsPerBoard: 1000 });
    try {
      const api = simApi(sim);
      expect((await api.get<Account>('/v5/user_account')).body.pin_count).toBe(99_000);
      const [board] = (await api.get<{ items: { id: string }[] }>('/v5/boards?page_size=1')).body.items;
      const { items, pages } = await walkPages<Pin>(api, `/v5/boards/${board?.id}/pins?page_size=250`);
      expect(pages).toBe(4);
      expect(new Set(items.map((pin) => pin.id)).size).toBe(1000);
    } finally {
      await sim.stop();
    }
  });
});
