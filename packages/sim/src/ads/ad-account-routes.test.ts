import type { AdAccount } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, tokenOf, walkPages } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

describe('ad accounts', () => {
  const sim = useSimulator({ boards: 2, pinsPerBoard: 4 });

  it("lists the demo user's ad account, as the description shapes it", async () => {
    const { items: accounts } = await walkPages<AdAccount>(simApi(sim()), '/v5/ad_accounts?page_size=1');
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ name: 'pinkit_demo ads', currency: 'USD', owner: { username: 'pinkit_demo' } });
  });

  it('gets an account by id for its owner, and answers 403 code 29 to anyone else or for an unknown id', async () => {
    const [account] = (await walkPages<AdAccount>(simApi(sim()), '/v5/ad_accounts')).items;
    const id = account?.id ?? '';
    expect((await simApi(sim()).get<AdAccount>(`/v5/ad_accounts/${id}`)).body.id).toBe(id);
    const other = await simApi(sim(), tokenOf(sim(), 1)).get<{ code: number }>(`/v5/ad_accounts/${id}`);
    expect([other.status, other.body.code]).toEqual([403, 29]);
    const unknown = await simApi(sim()).get<{ code: number }>('/v5/ad_accounts/5549990000000001');
    expect([unknown.status, unknown.body.code]).toEqual([403, 29]);
    expect((await walkPages(simApi(sim(), tokenOf(sim(), 1)), '/v5/ad_accounts')).items).toEqual([]);
  });
});
