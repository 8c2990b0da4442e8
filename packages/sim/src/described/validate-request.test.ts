import { describe, expect, it } from 'vitest';
import { simApi, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

// Every v5 request is checked against its operation in the description before any handler runs.
describe('request validation', () => {
  const sim = useSimulator();
  const adAccount = async () => (await simApi(sim()).get<{ items: { id: string }[] }>('/v5/ad_accounts')).body.items[0]?.id ?? '';
  const refusal = async (method: string, path: string, body?: unknown) => {
    const reply = await simApi(sim()).call<ErrorBody>(method, path, body);
    expect([reply.status, reply.body.code], `${method} ${path}`).toEqual([400, 1]);
    return reply.body.message;
  };

  it('names a path parameter that breaks its pattern', async () => {
    expect(await refusal('GET', '/v5/catalogs/feeds/not-a-number')).toBe(
      "Invalid parameters: 'feed_id' value 'not-a-number' must match the pattern: ^\\d+$",
    );
  });

  it('names a missing required query parameter, and one of the wrong type', async () => {
    const account = await adAccount();
    expect(await refusal('GET', `/v5/ad_accounts/${account}/targeting_analytics?end_date=2026-01-02`)).toMatch(/'start_date' is required/);
    expect(await refusal('GET', '/v5/catalogs?page_size=many')).toBe(
      "Invalid parameters: 'page_size' must be of type integer (was string).",
    );
    expect(await refusal('GET', '/v5/catalogs?page_size=0')).toBe("Invalid parameters: 'page_size' must be at least 1 (was 0).");
  });

  it('reads a list parameter repeated or comma-separated, and names the bad item by its list', async () => {
    const account = await adAccount();
    const base = `/v5/ad_accounts/${account}/campaigns?entity_statuses=`;
    expect((await simApi(sim()).get(`${base}ACTIVE,PAUSED`)).status).toBe(200);
    expect((await simApi(sim()).get(`${base}ACTIVE&entity_statuses=PAUSED`)).status).toBe(200);
    expect(await refusal('GET', `${base}ACTIVE,SLEEPING`)).toMatch(
      /^Invalid parameters: 'SLEEPING' is not a valid value for 'entity_statuses'/,
    );
  });

  it('names a missing body field, a nested one and a wrong enum value', async () => {
    const account = await adAccount();
    expect(await refusal('POST', '/v5/catalogs', { name: 'Shop' })).toBe("Invalid request: 'catalog_type' is required.");
    expect(await refusal('POST', '/v5/catalogs', { name: 'Shop', catalog_type: 'GROCERY' })).toMatch(
      /'GROCERY' is not a valid value for 'catalog_type'/,
    );
    const keywords = `/v5/ad_accounts/${account}/keywords`;
    expect(await refusal('POST', keywords, { parent_id: '1', keywords: [{ match_type: 'BROAD' }] })).toBe(
      "Invalid request: 'keywords[0].value' is required.",
    );
  });

  it('refuses a body that is no JSON, or none where one is required', async () => {
    const response = await fetch(`${sim().url}/v5/catalogs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sim().users[0]?.accessToken ?? ''}`, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect([response.status, ((await response.json()) as ErrorBody).message]).toEqual([
      400,
      'Invalid request: the body is not valid JSON.',
    ]);
    expect(await refusal('POST', '/v5/catalogs')).toMatch(/the body is required/);
  });

  // 5.28 made the dates and granularity of an asynchronous report required.
  it('refuses a 5.28 report request without start_date, end_date or granularity', async () => {
    const account = await adAccount();
    const request = {
      level: 'CAMPAIGN',
      columns: ['SPEND_IN_DOLLAR'],
      report_format: 'JSON',
      start_date: '2026-01-01',
      end_date: '2026-01-02',
      granularity: 'DAY',
    };
    for (const field of ['start_date', 'end_date', 'granularity'] as const) {
      const { [field]: _left, ...rest } = request;
      expect(await refusal('POST', `/v5/ad_accounts/${account}/reports`, rest)).toBe(`Invalid request: '${field}' is required.`);
    }
  });

  it('checks who calls before what is asked: a bad request without a token is a 401', async () => {
    const reply = await simApi(sim(), null).get<ErrorBody>('/v5/catalogs/feeds/not-a-number');
    expect(reply.status).toBe(401);
  });
});
