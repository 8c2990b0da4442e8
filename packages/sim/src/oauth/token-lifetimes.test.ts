import type { components } from '@pinkit/api-v5';
import { beforeEach, describe, expect, it } from 'vitest';
import { SimulatorOptionsError, startSimulator } from '../index.js';
import { REDIRECT_URI, authorize, tokenRequest } from '../test-support/oauth-flow.js';
import { simApi, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

type CodeAnswer = Required<components['schemas']['OauthAccessToken']>;
type RefreshAnswer = Required<components['schemas']['OauthAccessToken']>;

const DAY = 24 * 60 * 60;
let clockMs = 0;
const advance = (seconds: number): void => {
  clockMs += seconds * 1000;
};
beforeEach(() => {
  clockMs = Date.UTC(2025, 5, 1);
});

describe('default lifetimes on an injected clock', () => {
  const sim = useSimulator({ now: () => clockMs });

  it('keeps the seeded and issued access tokens for 30 days, then answers 401 code 2', async () => {
    const seeded = simApi(sim());
    const issued = simApi(sim(), sim().issueToken(sim().users[1]?.id ?? '', ['user_accounts:read']));
    advance(30 * DAY - 1);
    expect((await seeded.get('/v5/user_account')).status).toBe(200);
    expect((await issued.get('/v5/user_account')).status).toBe(200);
    advance(1);
    for (const api of [seeded, issued]) {
      const expired = await api.get<ErrorBody>('/v5/user_account');
      expect(expired.status).toBe(401);
      expect(expired.body).toEqual({ code: 2, message: 'Authentication failed.' });
    }
  });

  it('lets an unused refresh token die after 60 days', async () => {
    const refreshToken = sim().users[0]?.refreshToken ?? '';
    advance(60 * DAY);
    const tooLate = await tokenRequest<ErrorBody>(sim(), '/v5/oauth/token', { grant_type: 'refresh_token', refresh_token: refreshToken });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.message).toMatch(/expired/);
  });

  it('keeps a user signed in past a year when each renewed refresh token is used within 60 days', async () => {
    let refreshToken = sim().users[0]?.refreshToken ?? '';
    for (let round = 0; round < 8; round += 1) {
      advance(59 * DAY);
      const refreshed = await tokenRequest<RefreshAnswer>(sim(), '/v5/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      });
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.refresh_token_expires_at).toBe(clockMs / 1000 + 60 * DAY);
      expect((await simApi(sim(), refreshed.body.access_token).get('/v5/boards')).status).toBe(200);
      refreshToken = refreshed.body.refresh_token;
    }
  });

  it('lets an authorization code expire after ten minutes', async () => {
    const fresh = await authorize(sim());
    const stale = await authorize(sim());
    advance(10 * 60 - 1);
    expect(
      (await tokenRequest(sim(), '/v5/oauth/token', { grant_type: 'authorization_code', code: fresh, redirect_uri: REDIRECT_URI })).status,
    ).toBe(200);
    advance(1);
    const expired = await tokenRequest<ErrorBody>(sim(), '/v5/oauth/token', {
      grant_type: 'authorization_code',
      code: stale,
      redirect_uri: REDIRECT_URI,
    });
    expect(expired.status).toBe(400);
    expect(expired.body.message).toMatch(/expired/);
  });

  it('puts refresh_token_expires_at on the simulator clock, in epoch seconds', async () => {
    const code = await authorize(sim());
    const { body } = await tokenRequest<CodeAnswer>(sim(), '/v5/oauth/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
    });
    expect(body.refresh_token_expires_at).toBe(clockMs / 1000 + 60 * DAY);
  });
});

describe('configured lifetimes', () => {
  const sim = useSimulator({ now: () => clockMs, accessTokenTtlSeconds: 60, refreshTokenTtlSeconds: 3600 });

  it('mints every access token, seeded ones included, for accessTokenTtlSeconds', async () => {
    const code = await authorize(sim());
    const { body } = await tokenRequest<CodeAnswer>(sim(), '/v5/oauth/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
    });
    expect(body.expires_in).toBe(60);
    expect(body.refresh_token_expires_in).toBe(3600);
    advance(60);
    expect((await simApi(sim(), body.access_token).get('/v5/user_account')).status).toBe(401);
    expect((await simApi(sim()).get('/v5/user_account')).status).toBe(401);
    const refreshed = await tokenRequest<CodeAnswer>(sim(), '/v5/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: body.refresh_token,
    });
    expect((await simApi(sim(), refreshed.body.access_token).get('/v5/user_account')).status).toBe(200);
  });

  it('applies lifetimes set with configure() to tokens minted afterwards', async () => {
    sim().configure({ accessTokenTtlSeconds: 7200 });
    const { body } = await tokenRequest<CodeAnswer>(sim(), '/v5/oauth/token', {
      grant_type: 'client_credentials',
      scope: 'user_accounts:read',
    });
    expect(body.expires_in).toBe(7200);
    advance(3600);
    expect((await simApi(sim(), body.access_token).get('/v5/user_account')).status).toBe(200);
    expect((await simApi(sim()).get('/v5/user_account')).status).toBe(401);
  });
});

describe('OAuth options', () => {
  it.each([
    [{ accessTokenTtlSeconds: 0 }, 'accessTokenTtlSeconds', /whole number of seconds/],
    [{ refreshTokenTtlSeconds: 1.5 }, 'refreshTokenTtlSeconds', /whole number of seconds/],
    [{ consentUser: 2 as 0 }, 'consentUser', /0 \(the demo user\) or 1/],
    [{ autoApprove: 'yes' as unknown as boolean }, 'autoApprove', /true or false/],
    [{ redirectUris: [] }, 'redirectUris', /non-empty list/],
    [{ redirectUris: ['ftp://localhost/'] }, 'redirectUris', /http\(s\) URLs/],
    [{ now: 5 as unknown as () => number }, 'now', /function/],
  ])('refuses %j with a SimulatorOptionsError naming %s', async (options, option, message) => {
    const error: unknown = await startSimulator(options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SimulatorOptionsError);
    expect(error).toMatchObject({ option });
    expect((error as Error).message).toMatch(message);
  });
});
