import { describe, expect, it } from 'vitest';
import { simApi, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

describe('bearer tokens and scopes', () => {
  const sim = useSimulator();

  it.each([
    ['no token', null],
    ['an unknown token', 'pina_NOTAREALTOKEN0000000000000000000000000000000000'],
  ])('answers %s with 401 code 2', async (_case, token) => {
    const response = await simApi(sim(), token).get<ErrorBody>('/v5/user_account');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ code: 2, message: 'Authentication failed.' });
  });

  it('refuses a refresh token used as an access token', async () => {
    const response = await simApi(sim(), sim().users[0]?.refreshToken).get('/v5/boards');
    expect(response.status).toBe(401);
  });

  it('refuses a malformed Authorization header', async () => {
    const response = await simApi(sim(), null).call('GET', '/v5/user_account', undefined, {
      authorization: `Basic ${sim().users[0]?.accessToken}`,
    });
    expect(response.status).toBe(401);
  });

  it('answers 403 naming the missing scopes when the token lacks them', async () => {
    const token = sim().issueToken(sim().users[0]?.id ?? '', ['user_accounts:read', 'boards:read']);
    const api = simApi(sim(), token);
    expect((await api.get('/v5/boards')).status).toBe(200);
    const pins = await api.get<ErrorBody>('/v5/pins/813000000000000001');
    expect(pins.status).toBe(403);
    expect(pins.body.code).toBe(3);
    expect(pins.body.message).toContain('pins:read');
    const write = await api.post<ErrorBody>('/v5/boards', { name: 'Nope' });
    expect(write.status).toBe(403);
    expect(write.body.message).toContain('boards:write');
    expect(write.body.message).not.toContain('boards:read,');
  });

  it('checks authentication before the request body', async () => {
    const response = await simApi(sim(), null).call('POST', '/v5/boards', undefined, { 'content-type': 'application/json' });
    expect(response.status).toBe(401);
  });
});
