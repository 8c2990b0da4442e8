import { afterEach, describe, expect, it } from 'vitest';
import { AuthorizationDeniedError, MissingAppCredentialsError, OAuthTimeoutError } from './errors.js';
import { listenForRedirect } from './redirect-listener.js';
import { runAuthorizationCodeFlow, type AuthorizationCodeFlowOptions } from './run-authorization-code-flow.js';
import { startFakePinterest, type FakePinterestOptions } from './test-support/fake-pinterest.js';

const NOW = Date.parse('2025-01-01T00:00:00.000Z');
let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  await close?.();
  close = undefined;
});

async function pinterest(options: Partial<FakePinterestOptions> = {}) {
  const fake = await startFakePinterest({
    consent: (authorize) => ({ code: 'granted-code', state: authorize.get('state') ?? '' }),
    tokens: {
      access_token: 'pina_flow',
      refresh_token: 'pinr_flow',
      expires_in: 60,
      scope: 'boards:read,pins:read,user_accounts:read',
      token_type: 'bearer',
    },
    ...options,
  });
  close = fake.close;
  return fake;
}

/** A browser that follows the authorize URL through the consent page back to the listener. */
async function browser(url: string): Promise<boolean> {
  await fetch(url);
  return true;
}

function flow(
  fakeUrl: string,
  extra: Partial<AuthorizationCodeFlowOptions> = {},
): Promise<Awaited<ReturnType<typeof runAuthorizationCodeFlow>>> {
  return runAuthorizationCodeFlow({
    config: { apiUri: fakeUrl, oauthUri: fakeUrl, appId: 'app-id', appSecret: 'app-secret', redirectUri: 'http://localhost:0/' },
    version: '5',
    scopes: [],
    openBrowser: browser,
    now: () => NOW,
    ...extra,
  });
}

describe('runAuthorizationCodeFlow', () => {
  it('signs in through the browser with the default v5 scopes and returns the tokens', async () => {
    const fake = await pinterest();
    const shown: Array<[string, boolean]> = [];
    const tokens = await flow(fake.url, { onAuthorizeUrl: (url, opened) => shown.push([url, opened]) });
    expect(tokens).toMatchObject({
      access_token: 'pina_flow',
      refresh_token: 'pinr_flow',
      scopes: ['boards:read', 'pins:read', 'user_accounts:read'],
      expires_at: '2025-01-01T00:01:00.000Z',
    });
    const [authorize] = fake.authorizeRequests;
    expect(authorize?.get('consumer_id')).toBe('app-id');
    expect(authorize?.get('scope')).toBe('user_accounts:read,pins:read,boards:read');
    expect(authorize?.get('refreshable')).toBe('true');
    expect(authorize?.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(shown).toEqual([[expect.stringContaining(`${fake.url}/oauth/?consumer_id=app-id`), true]]);
    const [exchange] = fake.tokenRequests;
    expect(exchange).toMatchObject({ method: 'POST', path: '/v5/oauth/token' });
    expect(Object.fromEntries(exchange?.form ?? [])).toEqual({
      grant_type: 'authorization_code',
      code: 'granted-code',
      redirect_uri: authorize?.get('redirect_uri'),
    });
  });

  it('uses the v3 token endpoint and asks for no scope when none is given', async () => {
    const fake = await pinterest({
      tokens: { status: 'success', scope: 'read_users', access_token: 'v3', data: { refresh_token: 'v3r' } },
    });
    const tokens = await flow(fake.url, { version: '3' });
    expect(tokens).toEqual({ access_token: 'v3', refresh_token: 'v3r', scopes: ['read_users'] });
    expect(fake.authorizeRequests[0]?.has('scope')).toBe(false);
    expect(fake.tokenRequests[0]).toMatchObject({ method: 'PUT', path: '/v3/oauth/access_token/' });
  });

  it('hands over the URL when no browser opened, and keeps waiting for it', async () => {
    const fake = await pinterest();
    let visited: Promise<unknown> | undefined;
    const tokens = await flow(fake.url, {
      scopes: ['boards:read'],
      openBrowser: async () => false,
      onAuthorizeUrl: (url, opened) => {
        expect(opened).toBe(false);
        visited = fetch(url);
      },
    });
    await visited;
    expect(tokens.access_token).toBe('pina_flow');
    expect(fake.authorizeRequests[0]?.get('scope')).toBe('boards:read');
  });

  it('fails on a declined authorization without asking for a token, and frees the port', async () => {
    const fake = await pinterest({ consent: (authorize) => ({ error: 'access_denied', state: authorize.get('state') ?? '' }) });
    let port = 0;
    const error = await flow(fake.url, {
      onAuthorizeUrl: (url) => (port = Number(new URL(new URL(url).searchParams.get('redirect_uri') ?? '').port)),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationDeniedError);
    expect(fake.tokenRequests).toHaveLength(0);
    const again = await listenForRedirect({ redirectUri: `http://localhost:${port}/`, expectedState: 's' });
    await again.close();
  });

  it('times out when nobody comes back', async () => {
    const fake = await pinterest();
    await expect(flow(fake.url, { openBrowser: async () => false, timeoutMs: 50 })).rejects.toBeInstanceOf(OAuthTimeoutError);
  });

  it('needs the app credentials before listening', async () => {
    await expect(
      runAuthorizationCodeFlow({
        config: { apiUri: 'http://x', oauthUri: 'http://x', appId: undefined, appSecret: undefined, redirectUri: 'http://localhost:0/' },
        version: '5',
        scopes: [],
      }),
    ).rejects.toBeInstanceOf(MissingAppCredentialsError);
  });
});
