import type { Account, components } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { REDIRECT_URI, authorize, tokenRequest } from '../test-support/oauth-flow.js';
import { simApi, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

type Schemas = components['schemas'];
type CodeAnswer = Required<Schemas['OauthAccessToken']>;
type RefreshAnswer = Required<Schemas['OauthAccessToken']>;
type ClientAnswer = Required<Schemas['OauthAccessToken']>;

const TOKEN = '/v5/oauth/token';
const REVOKE = '/v5/oauth/token/revoke';

describe('POST /v5/oauth/token: authorization_code', () => {
  const sim = useSimulator();
  const exchange = (code: string, redirectUri = REDIRECT_URI) =>
    tokenRequest<CodeAnswer>(sim(), TOKEN, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });

  it("answers tokens for the granted scopes with Pinterest's default lifetimes", async () => {
    const code = await authorize(sim(), { scopes: ['boards:read', 'user_accounts:read'] });
    const before = Math.floor(Date.now() / 1000);
    const { status, body } = await exchange(code);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'bearer', response_type: 'authorization_code', scope: 'boards:read user_accounts:read' });
    expect(body.access_token).toMatch(/^pina_/);
    expect(body.refresh_token).toMatch(/^pinr_/);
    expect(body.expires_in).toBe(2_592_000);
    expect(body.refresh_token_expires_in).toBe(5_184_000);
    expect(body.refresh_token_expires_at - before - 5_184_000).toBeGreaterThanOrEqual(0);
    expect(body.refresh_token_expires_at - before - 5_184_000).toBeLessThan(60);
    const api = simApi(sim(), body.access_token);
    expect((await api.get<Account>('/v5/user_account')).body.username).toBe('pinkit_demo');
    expect((await api.get('/v5/pins/813000000000000001')).status).toBe(403);
  });

  it('takes a code only once', async () => {
    const code = await authorize(sim());
    expect((await exchange(code)).status).toBe(200);
    const again = await exchange(code);
    expect(again.status).toBe(400);
    expect((again.body as unknown as ErrorBody).code).toBe(1);
    expect((again.body as unknown as ErrorBody).message).toMatch(/already been exchanged/);
  });

  it('binds the code to the redirect URI of its authorize request', async () => {
    const code = await authorize(sim(), { redirectUri: 'http://localhost:8085/' });
    const mismatch = await exchange(code, 'http://localhost:8086/');
    expect(mismatch.status).toBe(400);
    expect((mismatch.body as unknown as ErrorBody).message).toMatch(/redirect_uri/);
    expect((await exchange(code, 'http://localhost:8085/')).status).toBe(200);
  });

  it('refuses an unknown code and a request without one', async () => {
    expect((await exchange('0123456789abcdef0123456789abcdef01234567')).status).toBe(400);
    const missing = await tokenRequest<ErrorBody>(sim(), TOKEN, { grant_type: 'authorization_code', redirect_uri: REDIRECT_URI });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain("'code' is required");
  });

  it.each([
    ['a wrong secret', (id: string) => ({ id, secret: 'not-the-secret' })],
    ['an unknown app id', () => ({ id: '42', secret: 'whatever' })],
    ['no credentials', () => null],
  ])('answers %s with 401 code 2 and leaves the code usable', async (_case, credentials) => {
    const code = await authorize(sim());
    const fields = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI };
    const refused = await tokenRequest<ErrorBody>(sim(), TOKEN, fields, { credentials: credentials(sim().app.id) });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ code: 2, message: 'Authentication failed.' });
    expect((await exchange(code)).status).toBe(200);
  });

  it('refuses an unknown grant type and a JSON body with 400', async () => {
    expect((await tokenRequest(sim(), TOKEN, { grant_type: 'password' })).status).toBe(400);
    const code = await authorize(sim());
    const json = await tokenRequest<ErrorBody>(
      sim(),
      TOKEN,
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI },
      { json: true },
    );
    expect(json.status).toBe(400);
    expect(json.body.message).toContain('application/x-www-form-urlencoded');
  });
});

describe('POST /v5/oauth/token: refresh_token', () => {
  const sim = useSimulator();
  const refresh = (refreshToken: string, extra: Record<string, string> = {}) =>
    tokenRequest<RefreshAnswer>(sim(), TOKEN, { grant_type: 'refresh_token', refresh_token: refreshToken, ...extra });
  const codeTokens = async () =>
    (
      await tokenRequest<CodeAnswer>(sim(), TOKEN, {
        grant_type: 'authorization_code',
        code: await authorize(sim()),
        redirect_uri: REDIRECT_URI,
      })
    ).body;

  it('answers a new access token and a renewed 60-day refresh token; the one sent stops working', async () => {
    const { refresh_token: oldRefresh, access_token: oldAccess } = await codeTokens();
    const before = Math.floor(Date.now() / 1000);
    const renewed = await refresh(oldRefresh);
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ response_type: 'refresh_token', token_type: 'bearer', expires_in: 2_592_000 });
    expect(renewed.body.access_token).not.toBe(oldAccess);
    expect(renewed.body.refresh_token).toMatch(/^pinr_/);
    expect(renewed.body.refresh_token).not.toBe(oldRefresh);
    expect(renewed.body.refresh_token_expires_in).toBe(5_184_000);
    expect(renewed.body.refresh_token_expires_at - before - 5_184_000).toBeGreaterThanOrEqual(0);
    expect(renewed.body.refresh_token_expires_at - before - 5_184_000).toBeLessThan(60);
    expect((await simApi(sim(), renewed.body.access_token).get('/v5/boards')).status).toBe(200);
    const stale = await refresh(oldRefresh);
    expect(stale.status).toBe(400);
    expect((stale.body as unknown as ErrorBody).message).toMatch(/replaced by a newer one/);
    expect((await refresh(renewed.body.refresh_token)).status).toBe(200);
  });

  it.each<Record<string, string>>([{ continuous_refresh: 'true' }, { refresh_on: 'true' }, { continuous_refresh: 'false' }])(
    'answers the same with %j: the legacy refresh is retired',
    async (extra) => {
      const { refresh_token: oldRefresh } = await codeTokens();
      const renewed = await refresh(oldRefresh, extra);
      expect(renewed.status).toBe(200);
      expect(renewed.body.refresh_token).not.toBe(oldRefresh);
      expect(renewed.body.refresh_token_expires_in).toBe(5_184_000);
      expect((await refresh(oldRefresh)).status).toBe(400);
    },
  );

  it('narrows the scopes when asked, and refuses scopes that were never granted', async () => {
    const { refresh_token: refreshToken } = await codeTokens();
    const narrow = await refresh(refreshToken, { scope: 'boards:read' });
    expect(narrow.body.scope).toBe('boards:read');
    expect((await simApi(sim(), narrow.body.access_token).get('/v5/user_account')).status).toBe(403);
    // The renewed refresh token keeps every granted scope: a later refresh may ask for them again.
    const wider = await refresh(narrow.body.refresh_token, { scope: 'boards:read,pins:write' });
    expect(wider.status).toBe(400);
    expect((wider.body as unknown as ErrorBody).message).toContain('pins:write');
    expect((await refresh(narrow.body.refresh_token, { scope: 'pins:read' })).status).toBe(200);
  });

  it('refreshes the refresh tokens of the seeded users', async () => {
    const answer = await refresh(sim().users[1]?.refreshToken ?? '');
    expect(answer.body.scope.split(' ')).toHaveLength(19);
    expect((await simApi(sim(), answer.body.access_token).get<Account>('/v5/user_account')).body.username).toBe('pinkit_target');
  });

  it('refuses an access token or an unknown token as the refresh token', async () => {
    expect((await refresh(sim().users[0]?.accessToken ?? '')).status).toBe(400);
    expect((await refresh('pinr_UNKNOWN')).status).toBe(400);
    expect((await tokenRequest(sim(), TOKEN, { grant_type: 'refresh_token' })).status).toBe(400);
  });
});

describe('POST /v5/oauth/token: client_credentials', () => {
  const sim = useSimulator();

  it("answers a token for the app owner's account without a refresh token", async () => {
    const { status, body } = await tokenRequest<ClientAnswer>(sim(), TOKEN, {
      grant_type: 'client_credentials',
      scope: 'user_accounts:read,boards:read',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      response_type: 'client_credentials',
      token_type: 'bearer',
      scope: 'user_accounts:read boards:read',
      expires_in: 2_592_000,
    });
    expect(body).not.toHaveProperty('refresh_token');
    expect((await simApi(sim(), body.access_token).get<Account>('/v5/user_account')).body.username).toBe('pinkit_demo');
  });

  it('requires known v5 scopes', async () => {
    expect((await tokenRequest(sim(), TOKEN, { grant_type: 'client_credentials' })).status).toBe(400);
    expect((await tokenRequest(sim(), TOKEN, { grant_type: 'client_credentials', scope: 'read_boards' })).status).toBe(400);
  });
});

describe('POST /v5/oauth/token/revoke', () => {
  const sim = useSimulator();
  const revoke = (fields: Record<string, string>, credentials?: { id: string; secret: string }) =>
    tokenRequest<ErrorBody | undefined>(sim(), REVOKE, fields, credentials ? { credentials } : {});

  it('answers 200 without a body, after which the access token gets 401 everywhere', async () => {
    const token = sim().users[0]?.accessToken ?? '';
    const answer = await revoke({ token, token_type_hint: 'access_token' });
    expect(answer).toEqual({ status: 200, body: undefined });
    const api = simApi(sim(), token);
    for (const path of ['/v5/user_account', '/v5/boards']) {
      const refused = await api.get<ErrorBody>(path);
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual({ code: 2, message: 'Authentication failed.' });
    }
    expect((await simApi(sim(), sim().users[1]?.accessToken).get('/v5/user_account')).status).toBe(200);
  });

  it('revokes a refresh token, which then cannot refresh', async () => {
    const refreshToken = sim().users[0]?.refreshToken ?? '';
    expect((await revoke({ token: refreshToken })).status).toBe(200);
    expect((await tokenRequest(sim(), TOKEN, { grant_type: 'refresh_token', refresh_token: refreshToken })).status).toBe(400);
  });

  it('accepts an unknown token, refuses a bad hint, a missing token and wrong credentials', async () => {
    expect((await revoke({ token: 'pina_NEVERISSUED' })).status).toBe(200);
    expect((await revoke({ token: 'x', token_type_hint: 'id_token' })).status).toBe(400);
    expect((await revoke({})).status).toBe(400);
    const token = sim().users[0]?.accessToken ?? '';
    const refused = await revoke({ token }, { id: sim().app.id, secret: 'wrong' });
    expect(refused).toEqual({ status: 401, body: { code: 2, message: 'Authentication failed.' } });
    expect((await simApi(sim(), token).get('/v5/user_account')).status).toBe(200);
  });

  it('is also what sim.revokeToken() does', async () => {
    const token = sim().users[1]?.accessToken ?? '';
    sim().revokeToken(token);
    expect((await simApi(sim(), token).get('/v5/user_account')).status).toBe(401);
    expect(() => sim().revokeToken('pina_NEVERISSUED')).toThrow(/never issued/);
  });
});
