import type { Account, Board, LinkedBusiness } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, tokenOf } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

describe('GET /v5/user_account', () => {
  const sim = useSimulator({ boards: 3, pinsPerBoard: 4 });

  it("describes the caller's account with counts that follow their boards and pins", async () => {
    const api = simApi(sim());
    const before = await api.get<Account>('/v5/user_account');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ username: 'pinkit_demo', board_count: 3, pin_count: 8 });
    await api.post<Board>('/v5/boards', { name: 'Counted' });
    expect((await api.get<Account>('/v5/user_account')).body.board_count).toBe(4);
  });

  it('answers for whoever holds the token', async () => {
    const target = await simApi(sim(), tokenOf(sim(), 1)).get<Account>('/v5/user_account');
    expect(target.body).toMatchObject({ username: 'pinkit_target', board_count: 0, pin_count: 0 });
  });

  it('links one business account to the demo user and none to the second user', async () => {
    const businesses = await simApi(sim()).get<LinkedBusiness[]>('/v5/user_account/businesses');
    expect(businesses.status).toBe(200);
    expect(businesses.body).toEqual([
      {
        username: 'pinkit_demo_shop',
        image_small_url: 'https://i.pinimg.com/30x30_RS/pinkit_demo_shop.jpg',
        image_medium_url: 'https://i.pinimg.com/60x60_RS/pinkit_demo_shop.jpg',
        image_large_url: 'https://i.pinimg.com/140x140_RS/pinkit_demo_shop.jpg',
        image_xlarge_url: 'https://i.pinimg.com/280x280_RS/pinkit_demo_shop.jpg',
      },
    ]);
    expect((await simApi(sim(), tokenOf(sim(), 1)).get<unknown[]>('/v5/user_account/businesses')).body).toEqual([]);
  });
});
