import { createLevelLogger, NetworkError, RedirectError } from '@pinkit/http';
import { afterEach, describe, expect, it } from 'vitest';
import { MissingAppCredentialsError, TokenExchangeError } from './errors.js';
import { createOAuthClient, type OAuthClientOptions } from './oauth-client.js';
import { startTokenServer, type ScriptedAnswer } from './test-support/token-server.js';

// Values that must never reach a message or a log line. Some do not look like Pinterest tokens,
// so only the field-based redaction can catch them.
const SECRET = 'app-secret-7f3a9c';
const CODE = 'one-time-code-5b2e';
const ACCESS = 'access-value-91d0';
const REFRESH = 'refresh-value-c44a';
const PIN_ACCESS = 'pina_ABCDEFGHIJKLMNOP';
const SECRETS = [SECRET, CODE, ACCESS, REFRESH, PIN_ACCESS, Buffer.from(`app-id:${SECRET}`).toString('base64')];

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(answers: ScriptedAnswer[], extra: Partial<OAuthClientOptions> = {}) {
  const server = await startTokenServer(answers);
  close = server.close;
  const lines: string[] = [];
  const client = createOAuthClient({
    apiUri: server.url,
    appId: 'app-id',
    appSecret: SECRET,
    logger: createLevelLogger(3, (line) => lines.push(line)),
    retry: false,
    ...extra,
  });
  return { server, client, lines };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the request to fail');
}

function expectNoSecrets(text: string) {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('token request failures', () => {
  it('turns a 401 into a TokenExchangeError that names the credential variables and not the secret', async () => {
    const { client } = await serve([{ status: 401, body: { code: 2, message: 'Authentication failed.' } }]);
    const error = await failure(client.exchangeCode({ code: CODE, redirectUri: 'http://localhost:8085/' }));
    expect(error).toBeInstanceOf(TokenExchangeError);
    expect(error).toMatchObject({
      operation: 'authorization_code',
      status: 401,
      requestId: 'rid-1',
      pinterestMessage: 'Authentication failed.',
    });
    expect(error.message).toBe(
      'Pinterest refused the app credentials (401: Authentication failed.): check PINTEREST_APP_ID and PINTEREST_APP_SECRET.',
    );
    expectNoSecrets(error.message);
  });

  it('names the variables the credentials came from', async () => {
    const { client } = await serve([{ status: 401, body: { code: 2, message: 'Authentication failed.' } }], {
      credentialSource: 'PINTEREST_V5_APP_ID and PINTEREST_V5_APP_SECRET',
    });
    await expect(client.clientCredentials({ scopes: ['ads:read'] })).rejects.toThrow(
      'check PINTEREST_V5_APP_ID and PINTEREST_V5_APP_SECRET.',
    );
  });

  it('explains a refused code, and a refused refresh token, without echoing either', async () => {
    const { client } = await serve([
      { status: 400, body: { code: 1, message: `Invalid code ${CODE}` } },
      { status: 400, body: { code: 1, message: 'refresh_token=' + REFRESH + ' expired' } },
    ]);
    const codeError = await failure(client.exchangeCode({ code: CODE, redirectUri: 'http://localhost:8085/' }));
    expect(codeError.message).toBe(
      'Pinterest refused the authorization code (400: Invalid code [REDACTED]). A code works once and expires within minutes, ' +
        'and the redirect URI must be exactly the one registered for the app; authorize again.',
    );
    const refreshError = await failure(client.refresh({ refreshToken: REFRESH }));
    expect(refreshError).toMatchObject({ name: 'TokenExchangeError', operation: 'refresh_token', status: 400 });
    expect(refreshError.message).toContain('authorize again in the browser');
    expectNoSecrets(refreshError.message);
    expect(refreshError.message).toContain('refresh_token=[REDACTED]');
  });

  it('says that Pinterest only revokes system-user tokens on a 403 from revoke', async () => {
    const { client } = await serve([{ status: 403, body: { code: 29, message: 'You are not permitted to access that resource.' } }]);
    const error = await failure(client.revoke({ token: REFRESH }));
    expect(error).toMatchObject({ name: 'TokenExchangeError', operation: 'revoke', status: 403 });
    expect(error.message).toContain('only revokes tokens issued for system users');
  });

  it('refuses an answer without an access token', async () => {
    const { client } = await serve([{ status: 200, body: { status: 'failure' } }]);
    await expect(client.exchangeCodeV3({ code: CODE, redirectUri: 'http://localhost:8085/' })).rejects.toMatchObject({
      name: 'TokenExchangeError',
      status: undefined,
    });
  });

  it('passes server and network failures through as @pinkit/http errors', async () => {
    const { client } = await serve([{ status: 503, body: { code: 0, message: 'busy' } }]);
    await expect(client.refresh({ refreshToken: REFRESH })).rejects.toMatchObject({ name: 'ApiError', status: 503 });
    const offline = createOAuthClient({ apiUri: 'http://127.0.0.1:1', appId: 'a', appSecret: SECRET, retry: false });
    await expect(offline.refreshV3({ refreshToken: REFRESH })).rejects.toBeInstanceOf(NetworkError);
  });

  it.each([
    ['refresh', (client: ReturnType<typeof createOAuthClient>) => client.refresh({ refreshToken: REFRESH })],
    ['revoke', (client: ReturnType<typeof createOAuthClient>) => client.revoke({ token: ACCESS })],
  ])('never follows a redirect from the token endpoint (%s): the error names status and host, nothing goes there', async (_, call) => {
    const thief = await startTokenServer([{ status: 200, body: { access_token: PIN_ACCESS, token_type: 'bearer', expires_in: 60 } }]);
    try {
      const { client, server } = await serve([{ status: 307, headers: { location: `${thief.url}/v5/oauth/token` } }]);
      const error = await failure(call(client));
      expect(error).toBeInstanceOf(RedirectError);
      expect(error.message).toContain(`answered 307, a redirect to ${new URL(thief.url).host}`);
      expectNoSecrets(error.message);
      expect(server.seen).toHaveLength(1);
      expect(thief.seen).toHaveLength(0);
    } finally {
      await thief.close();
    }
  });

  it('needs an app id and secret', () => {
    expect(() => createOAuthClient({ apiUri: 'http://127.0.0.1:1', appId: 'a', appSecret: undefined })).toThrow(MissingAppCredentialsError);
    expect(() => createOAuthClient({ apiUri: 'http://127.0.0.1:1', appId: '', appSecret: 's' })).toThrow(
      /PINTEREST_APP_ID and PINTEREST_APP_SECRET/,
    );
  });
});

describe('logging', () => {
  it('logs every token request at level 3 without a token, code or secret', async () => {
    const v5 = { access_token: ACCESS, refresh_token: REFRESH, expires_in: 60, scope: 'pins:read', token_type: 'bearer' };
    const { client, lines } = await serve([
      { status: 200, body: v5 },
      { status: 200, body: { ...v5, access_token: PIN_ACCESS } },
      { status: 200, body: v5 },
      { status: 200 },
      { status: 200, body: { status: 'success', scope: 'read_users', access_token: ACCESS, data: { refresh_token: REFRESH } } },
      { status: 200, body: { access_token: ACCESS } },
      { status: 401, body: { code: 2, message: 'Authentication failed.' } },
    ]);
    await client.exchangeCode({ code: CODE, redirectUri: 'http://localhost:8085/' });
    await client.refresh({ refreshToken: REFRESH, continuous: true });
    await client.clientCredentials({ scopes: ['pins:read'] });
    await client.revoke({ token: ACCESS });
    await client.exchangeCodeV3({ code: CODE, redirectUri: 'http://localhost:8085/' });
    await client.refreshV3({ refreshToken: REFRESH });
    await client.refresh({ refreshToken: REFRESH }).catch(() => undefined);
    expect(lines.length).toBeGreaterThanOrEqual(7 * 3);
    expect(lines.some((line) => line.includes('/v5/oauth/token/revoke'))).toBe(true);
    expectNoSecrets(lines.join('\n'));
  });
});
