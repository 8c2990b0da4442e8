import { afterEach, describe, expect, it } from 'vitest';
import { createOAuthClient } from './oauth-client.js';
import { TokenExchangeError } from './errors.js';
import { basicHeader, startTokenServer, type ScriptedAnswer } from './test-support/token-server.js';

const NOW = Date.parse('2025-01-01T00:00:00.000Z');
let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(answers: ScriptedAnswer[]) {
  const server = await startTokenServer(answers);
  close = server.close;
  const client = createOAuthClient({ apiUri: `${server.url}/`, appId: 'app-id', appSecret: 'app-secret', now: () => NOW });
  return { server, client };
}

const V5_CODE_ANSWER = {
  access_token: 'pina_access',
  refresh_token: 'pinr_refresh',
  response_type: 'authorization_code',
  token_type: 'bearer',
  expires_in: 2_592_000,
  refresh_token_expires_in: 5_184_000,
  refresh_token_expires_at: 1_740_873_600,
  scope: 'boards:read,pins:read,user_accounts:read',
};

describe('createOAuthClient (v5)', () => {
  it('exchanges a code: POST /v5/oauth/token, HTTP Basic, authorization_code form', async () => {
    const { server, client } = await serve([{ status: 200, body: V5_CODE_ANSWER }]);
    const tokens = await client.exchangeCode({ code: 'the-code', redirectUri: 'http://localhost:8085/' });
    const [request] = server.seen;
    expect(request).toMatchObject({ method: 'POST', url: '/v5/oauth/token' });
    expect(request?.headers.authorization).toBe(basicHeader('app-id', 'app-secret'));
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.form).toEqual({ grant_type: 'authorization_code', code: 'the-code', redirect_uri: 'http://localhost:8085/' });
    expect(tokens).toEqual({
      access_token: 'pina_access',
      refresh_token: 'pinr_refresh',
      scopes: ['boards:read', 'pins:read', 'user_accounts:read'],
      token_type: 'bearer',
      expires_in: 2_592_000,
      expires_at: '2025-01-31T00:00:00.000Z',
      refresh_token_expires_in: 5_184_000,
      refresh_token_expires_at: '2025-03-02T00:00:00.000Z',
      response_type: 'authorization_code',
    });
  });

  it('reads the refresh expiry from refresh_token_expires_at when no _in is sent', async () => {
    const { client } = await serve([
      { status: 200, body: { ...V5_CODE_ANSWER, refresh_token_expires_in: undefined, refresh_token_expires_at: 1_740_873_600 } },
    ]);
    const tokens = await client.exchangeCode({ code: 'c', redirectUri: 'http://localhost:8085/' });
    expect(tokens.refresh_token_expires_at).toBe('2025-03-02T00:00:00.000Z');
    expect(tokens.refresh_token_expires_in).toBeUndefined();
  });

  it('asks for a continuous refresh token on every refresh, and keeps the old refresh token when none comes back', async () => {
    const { server, client } = await serve([
      {
        status: 200,
        body: { access_token: 'pina_new', token_type: 'bearer', expires_in: 60, scope: 'pins:read', response_type: 'refresh_token' },
      },
    ]);
    const tokens = await client.refresh({ refreshToken: 'pinr_old' });
    expect(server.seen[0]?.form).toEqual({ grant_type: 'refresh_token', refresh_token: 'pinr_old', continuous_refresh: 'true' });
    expect(tokens).toMatchObject({
      access_token: 'pina_new',
      refresh_token: 'pinr_old',
      scopes: ['pins:read'],
      expires_at: '2025-01-01T00:01:00.000Z',
    });
    expect(tokens.refresh_token_expires_at).toBeUndefined();
  });

  it("with continuous also sends the quickstart's refresh_on, and takes the renewed refresh token and its expiry", async () => {
    const answer = {
      access_token: 'pina_new',
      refresh_token: 'pinr_rotated',
      refresh_token_expires_in: 5_184_000,
      expires_in: 2_592_000,
      scope: 'boards:read pins:read',
      token_type: 'bearer',
    };
    const { server, client } = await serve([{ status: 200, body: answer }]);
    const tokens = await client.refresh({ refreshToken: 'pinr_old', scopes: ['boards:read', 'pins:read'], continuous: true });
    expect(server.seen[0]?.form).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'pinr_old',
      scope: 'boards:read,pins:read',
      refresh_on: 'true',
      continuous_refresh: 'true',
    });
    expect(tokens).toMatchObject({
      refresh_token: 'pinr_rotated',
      scopes: ['boards:read', 'pins:read'],
      refresh_token_expires_at: '2025-03-02T00:00:00.000Z',
    });
  });

  it('falls back to the requested scopes when the answer has no scope', async () => {
    const { client } = await serve([{ status: 200, body: { access_token: 'pina_new', expires_in: 60 } }]);
    expect((await client.refresh({ refreshToken: 'r', scopes: ['ads:read'] })).scopes).toEqual(['ads:read']);
    expect((await client.refresh({ refreshToken: 'r' })).scopes).toEqual([]);
  });

  it('gets a client-credentials token with the scopes joined by commas', async () => {
    const { server, client } = await serve([
      {
        status: 200,
        body: {
          access_token: 'pinc_app',
          token_type: 'bearer',
          expires_in: 2_592_000,
          scope: 'ads:read,boards:read',
          response_type: 'client_credentials',
        },
      },
    ]);
    const tokens = await client.clientCredentials({ scopes: ['ads:read', 'boards:read'] });
    expect(server.seen[0]).toMatchObject({
      method: 'POST',
      url: '/v5/oauth/token',
      form: { grant_type: 'client_credentials', scope: 'ads:read,boards:read' },
    });
    expect(server.seen[0]?.headers.authorization).toBe(basicHeader('app-id', 'app-secret'));
    expect(tokens).toEqual({
      access_token: 'pinc_app',
      scopes: ['ads:read', 'boards:read'],
      token_type: 'bearer',
      expires_in: 2_592_000,
      expires_at: '2025-01-31T00:00:00.000Z',
      response_type: 'client_credentials',
    });
  });

  it('revokes a token at POST /v5/oauth/token/revoke', async () => {
    const { server, client } = await serve([{ status: 200 }]);
    await expect(client.revoke({ token: 'pinr_refresh', tokenTypeHint: 'refresh_token' })).resolves.toBeUndefined();
    expect(server.seen[0]).toMatchObject({
      method: 'POST',
      url: '/v5/oauth/token/revoke',
      form: { token: 'pinr_refresh', token_type_hint: 'refresh_token' },
    });
    expect(server.seen[0]?.headers.authorization).toBe(basicHeader('app-id', 'app-secret'));
  });
});

describe('createOAuthClient (v3)', () => {
  it('exchanges a code with PUT /v3/oauth/access_token/ and finds the refresh token under data', async () => {
    const { server, client } = await serve([
      {
        status: 200,
        body: { status: 'success', scope: 'read_users,read_pins', access_token: 'v3-access', data: { refresh_token: 'v3-refresh' } },
      },
    ]);
    const tokens = await client.exchangeCodeV3({ code: 'the-code', redirectUri: 'http://localhost:8085/' });
    expect(server.seen[0]).toMatchObject({
      method: 'PUT',
      url: '/v3/oauth/access_token/',
      form: { grant_type: 'authorization_code', code: 'the-code', redirect_uri: 'http://localhost:8085/' },
    });
    expect(server.seen[0]?.headers.authorization).toBe(basicHeader('app-id', 'app-secret'));
    expect(tokens).toEqual({ access_token: 'v3-access', refresh_token: 'v3-refresh', scopes: ['read_users', 'read_pins'] });
  });

  it('refreshes with the same endpoint and keeps the refresh token', async () => {
    const { server, client } = await serve([{ status: 200, body: { access_token: 'v3-new' } }]);
    const tokens = await client.refreshV3({ refreshToken: 'v3-refresh' });
    expect(server.seen[0]).toMatchObject({
      method: 'PUT',
      url: '/v3/oauth/access_token/',
      form: { grant_type: 'refresh_token', refresh_token: 'v3-refresh' },
    });
    expect(tokens).toEqual({ access_token: 'v3-new', refresh_token: 'v3-refresh', scopes: [] });
  });

  it.each(['failure', 'FAILURE'])(
    'refuses a 200 whose envelope says status "%s", with Pinterest\'s message, token or not',
    async (status) => {
      const { client } = await serve([
        { status: 200, body: { status, code: 2, message: 'Invalid authorization code.', access_token: 'v3-bogus' } },
        { status: 200, body: { status, message: 'App not approved.' } },
      ]);
      const withToken = await client
        .exchangeCodeV3({ code: 'one-time-code', redirectUri: 'http://localhost:8085/' })
        .catch((e: unknown) => e);
      expect(withToken).toBeInstanceOf(TokenExchangeError);
      expect(withToken).toMatchObject({ operation: 'authorization_code', pinterestMessage: 'Invalid authorization code.' });
      expect((withToken as Error).message).toContain('Invalid authorization code.');
      expect((withToken as Error).message).not.toContain('v3-bogus');
      const without = await client.refreshV3({ refreshToken: 'pinr_REFRESH' }).catch((e: unknown) => e);
      expect(without).toMatchObject({ name: 'TokenExchangeError', pinterestMessage: 'App not approved.' });
    },
  );

  it('takes "Success" in any case, and refuses a status that is neither', async () => {
    const { client } = await serve([
      { status: 200, body: { status: 'Success', access_token: 'v3-ok' } },
      { status: 200, body: { status: 'pending', access_token: 'v3-what' } },
    ]);
    expect(await client.refreshV3({ refreshToken: 'pinr_REFRESH' })).toMatchObject({ access_token: 'v3-ok' });
    await expect(client.refreshV3({ refreshToken: 'pinr_REFRESH' })).rejects.toMatchObject({
      name: 'TokenResponseError',
      message: expect.stringContaining('status'),
    });
  });
});
