import { describe, expect, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import { SandboxUnsupportedError } from './errors.js';
import { recordFetch } from './test-support/record-fetch.js';

describe('a sandbox client', () => {
  it("sends to Pinterest's sandbox host unless apiUri names another", async () => {
    const { calls, fetchImpl } = recordFetch(() => Response.json({ items: [], bookmark: null }));
    await createV5Client({ sandbox: true, token: 'pina_T', fetch: fetchImpl, retry: false })
      .boards.list()
      .pages()
      [Symbol.asyncIterator]()
      .next();
    await createV5Client({ sandbox: true, apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false }).userAccount.get();
    expect(calls.map((call) => call.url.origin)).toEqual(['https://api-sandbox.pinterest.com', 'http://sim.test']);
  });

  it('refuses, unsent, the operations the description marks x-sandbox: disabled, by area and by route', async () => {
    const { calls, fetchImpl } = recordFetch();
    const client = createV5Client({ sandbox: true, token: 'pina_T', fetch: fetchImpl, retry: false });
    expect(client.operation('pins/analytics').sandbox).toBe('disabled');
    await expect(
      client.request('GET /v5/user_account/analytics', { query: { start_date: '2026-01-01', end_date: '2026-01-02' } }),
    ).rejects.toThrow(
      "GET /v5/user_account/analytics (user_account/analytics) is not available in Pinterest's API sandbox; call it against the production API.",
    );
    await expect(
      client.request('GET /v5/pins/{pin_id}/analytics', {
        params: { pin_id: '1' },
        query: { start_date: '2026-01-01', end_date: '2026-01-02', metric_types: ['IMPRESSION'] },
      }),
    ).rejects.toBeInstanceOf(SandboxUnsupportedError);
    expect(calls).toEqual([]);
    // An enabled one goes through.
    await client.adAccounts.get('1');
    expect(calls.map((call) => call.url.pathname)).toEqual(['/v5/ad_accounts/1']);
  });

  it('leaves a production client alone', async () => {
    const { calls, fetchImpl } = recordFetch(() => Response.json({ id: '1' }));
    await createV5Client({ token: 'pina_T', fetch: fetchImpl, retry: false }).adAccounts.get('1');
    expect(calls.map((call) => call.url.href)).toEqual(['https://api.pinterest.com/v5/ad_accounts/1']);
  });
});
