import { describe, expect, it } from 'vitest';
import { REDIRECT_URI, authorize, tokenRequest } from '../test-support/oauth-flow.js';
import { useSimulator } from '../test-support/use-simulator.js';

const V3_TOKEN = '/v3/oauth/access_token/';

interface V3Answer {
  status: string;
  scope?: string;
  access_token?: string;
  data?: { refresh_token?: string };
  code?: number;
  message?: string;
}

describe('PUT /v3/oauth/access_token/', () => {
  const sim = useSimulator();
  const put = (fields: Record<string, string>, options: { json?: boolean; credentials?: { id: string; secret: string } } = {}) =>
    tokenRequest<V3Answer>(sim(), V3_TOKEN, fields, { method: 'PUT', ...options });

  it('exchanges a code for an access token, with the refresh token inside data', async () => {
    const code = await authorize(sim(), { scopes: ['read_boards', 'read_pins'] });
    const { status, body } = await put({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI });
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'success',
      scope: 'read_boards read_pins',
      access_token: expect.stringMatching(/^pina_/) as unknown,
      data: { refresh_token: expect.stringMatching(/^pinr_/) as unknown },
    });
  });

  it('takes a JSON body too, and grants every v3 scope when none was asked for', async () => {
    const code = await authorize(sim(), { scopes: [] });
    const { status, body } = await put({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI }, { json: true });
    expect(status).toBe(200);
    expect(body.scope?.split(' ')).toContain('read_secret_boards');
    expect(body.scope?.split(' ')).not.toContain('boards:read');
  });

  it('refreshes with the refresh token from data, answering no new one, so the old one keeps working', async () => {
    const code = await authorize(sim(), { scopes: ['read_users'] });
    const exchanged = (await put({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI })).body;
    const refreshToken = exchanged.data?.refresh_token ?? '';
    const refreshed = await put({ grant_type: 'refresh_token', refresh_token: refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.status).toBe('success');
    expect(refreshed.body.access_token).toMatch(/^pina_/);
    expect(refreshed.body.access_token).not.toBe(exchanged.access_token);
    expect(refreshed.body).not.toHaveProperty('data');
    expect((await put({ grant_type: 'refresh_token', refresh_token: refreshToken })).status).toBe(200);
  });

  it('answers failures in the v3 envelope', async () => {
    const code = await authorize(sim());
    expect((await put({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI })).status).toBe(200);
    const reused = await put({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI });
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({ status: 'failure', code: 1 });
    expect(reused.body.message).toMatch(/already been exchanged/);
    const wrongSecret = await put(
      { grant_type: 'refresh_token', refresh_token: sim().users[0]?.refreshToken ?? '' },
      { credentials: { id: sim().app.id, secret: 'nope' } },
    );
    expect(wrongSecret).toEqual({ status: 401, body: { status: 'failure', code: 2, message: 'Authentication failed.' } });
    expect((await put({ grant_type: 'client_credentials' })).body).toMatchObject({ status: 'failure', code: 1 });
  });

  it('answers the wrong method with 405', async () => {
    expect((await tokenRequest(sim(), V3_TOKEN, { grant_type: 'refresh_token' })).status).toBe(405);
  });
});
