import { fuzzArgument } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiVersion,
  ArgumentError,
  buildAuthorizeUrl,
  createOAuthClient,
  formatScopeHelp,
  listenForRedirect,
  listenOnFirstFree,
  openBrowser,
  parseScopes,
  runAuthorizationCodeFlow,
  splitRedirectUris,
  type AuthorizationCodeFlowOptions,
  type OAuthClient,
  type OAuthClientOptions,
} from './index.js';
import { startFakePinterest } from './test-support/fake-pinterest.js';

type Call = [string, (value: unknown) => unknown, string[]];

// Pinterest on loopback: its consent page sends the browser straight back, its token endpoint answers.
let fake: Awaited<ReturnType<typeof startFakePinterest>>;
beforeAll(async () => {
  fake = await startFakePinterest({
    consent: (authorize) => ({ code: 'code', state: authorize.get('state') ?? '' }),
    tokens: { access_token: 'pina_A', refresh_token: 'pinr_A', expires_in: 60, scope: 'pins:read', token_type: 'bearer' },
  });
});
afterAll(async () => fake.close());

const NAMES = ['"x"', '"zzz"'];
const withKey = (base: object, key: string, value: unknown) => ({ ...base, [key]: value });
const clientOptions = (): OAuthClientOptions => ({ apiUri: fake.url, appId: 'app', appSecret: 'secret', retry: false });
const client = (): OAuthClient => createOAuthClient(clientOptions());
const authorize = {
  oauthUri: 'https://www.pinterest.com',
  clientId: 'app',
  redirectUri: 'http://localhost:8085/',
  scopes: ['pins:read'],
  state: 's',
};
const listen = async (options: object) =>
  (await listenForRedirect({ redirectUri: 'http://127.0.0.1:0/', expectedState: 's', ...options })).close();
const flow = (options: Partial<AuthorizationCodeFlowOptions>, config: object = {}) =>
  runAuthorizationCodeFlow({
    config: { apiUri: fake.url, oauthUri: fake.url, appId: 'app', appSecret: 'secret', redirectUri: 'http://127.0.0.1:0/', ...config },
    version: '5',
    scopes: [],
    // A browser that only visits the fake Pinterest, and a sign-in that gives up soon when it does not.
    openBrowser: async (url) =>
      url.startsWith(fake.url) &&
      (await fetch(url).then(
        () => true,
        () => false,
      )),
    timeoutMs: 1000,
    ...options,
  });

const optionalFunction = ['undefined', 'function'];
const calls: Call[] = [
  ['apiVersion(value)', (value) => apiVersion(value), ['5']],
  ['parseScopes(input)', (value) => parseScopes(value as string, '5'), ['empty string']],
  ['parseScopes(version)', (value) => parseScopes('pins:read', value as never), ['5']],
  ['formatScopeHelp(version)', (value) => formatScopeHelp(value as never), ['5']],
  ['splitRedirectUris(value)', (value) => splitRedirectUris(value as string), ['empty string', ...NAMES]],
  ['buildAuthorizeUrl(options)', (value) => buildAuthorizeUrl(value as never), []],
  ...['oauthUri', 'clientId', 'redirectUri', 'scopes', 'state', 'refreshable'].map((key): Call => {
    const accepts: Record<string, string[]> = {
      clientId: NAMES,
      redirectUri: NAMES,
      scopes: ['[]', '["a"]'],
      state: NAMES,
      refreshable: ['undefined', 'true'],
    };
    return [`buildAuthorizeUrl(options.${key})`, (value) => buildAuthorizeUrl(withKey(authorize, key, value) as never), accepts[key] ?? []];
  }),
  ['createOAuthClient(options)', (value) => createOAuthClient(value as never), []],
  ...['apiUri', 'appId', 'appSecret', 'credentialSource', 'logger', 'fetch', 'proxyEnv', 'transportTimeouts', 'now', 'retry'].map(
    (key): Call => {
      const accepts: Record<string, string[]> = {
        // An unset or empty value is how the environment spells "not configured".
        apiUri: ['undefined', 'empty string'],
        appId: NAMES,
        appSecret: NAMES,
        credentialSource: ['undefined', ...NAMES],
        logger: ['undefined'],
        fetch: optionalFunction,
        proxyEnv: ['undefined', '{}', 'Date'],
        transportTimeouts: ['undefined', '{}', 'Date'],
        now: optionalFunction,
        retry: ['undefined', '{}', 'Date'],
      };
      return [
        `createOAuthClient(options.${key})`,
        (value) => createOAuthClient(withKey(clientOptions(), key, value) as never),
        accepts[key] ?? [],
      ];
    },
  ),
  ['client.exchangeCode(input)', (value) => client().exchangeCode(value as never), []],
  [
    'client.exchangeCode(input.code)',
    (value) => client().exchangeCode({ code: value as string, redirectUri: 'http://localhost:8085/' }),
    NAMES,
  ],
  ['client.exchangeCode(input.redirectUri)', (value) => client().exchangeCode({ code: 'c', redirectUri: value as string }), NAMES],
  ['client.refresh(input)', (value) => client().refresh(value as never), []],
  ['client.refresh(input.refreshToken)', (value) => client().refresh({ refreshToken: value as string }), NAMES],
  [
    'client.refresh(input.scopes)',
    (value) => client().refresh({ refreshToken: 'r', scopes: value as string[] }),
    ['undefined', '[]', '["a"]'],
  ],
  [
    'client.refresh(input.continuous)',
    (value) => client().refresh({ refreshToken: 'r', continuous: value as boolean }),
    ['undefined', 'true'],
  ],
  ['client.clientCredentials(input)', (value) => client().clientCredentials(value as never), []],
  ['client.clientCredentials(input.scopes)', (value) => client().clientCredentials({ scopes: value as string[] }), ['[]', '["a"]']],
  ['client.revoke(input)', (value) => client().revoke(value as never), []],
  ['client.revoke(input.token)', (value) => client().revoke({ token: value as string }), NAMES],
  ['client.revoke(input.tokenTypeHint)', (value) => client().revoke({ token: 't', tokenTypeHint: value as never }), ['undefined']],
  ['client.exchangeCodeV3(input)', (value) => client().exchangeCodeV3(value as never), []],
  [
    'client.exchangeCodeV3(input.code)',
    (value) => client().exchangeCodeV3({ code: value as string, redirectUri: 'http://localhost:8085/' }),
    NAMES,
  ],
  ['client.refreshV3(input)', (value) => client().refreshV3(value as never), []],
  ['client.refreshV3(input.refreshToken)', (value) => client().refreshV3({ refreshToken: value as string }), NAMES],
  // BROWSER=none: an accepted call opens nothing.
  ['openBrowser(url)', (value) => openBrowser(value as string, { env: { BROWSER: 'none' } }), []],
  // An options bag without env reads the real environment, whose BROWSER could start one: only the wrong kinds are tried.
  [
    'openBrowser(options)',
    (value) =>
      value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))
        ? false
        : openBrowser('https://www.pinterest.com/', value as never),
    ['undefined', '{}', 'Date'],
  ],
  ...['open', 'env', 'platform', 'settleMs'].map((key): Call => {
    const accepts: Record<string, string[]> = {
      open: optionalFunction,
      env: ['undefined', '{}', 'Date'],
      platform: ['undefined', ...NAMES],
      settleMs: ['undefined', '0', '5'],
    };
    const options = { env: { BROWSER: 'none' }, open: async () => Promise.reject(new Error('no browser in tests')) };
    return [
      `openBrowser(options.${key})`,
      // Without env, openBrowser reads the real environment, whose BROWSER could start one: that case is the default, tested elsewhere.
      (value) => (key === 'env' && value === undefined ? false : openBrowser('https://www.pinterest.com/', withKey(options, key, value))),
      accepts[key] ?? [],
    ];
  }),
  ['listenForRedirect(options)', (value) => listenForRedirect(value as never), []],
  ['listenForRedirect(options.redirectUri)', (value) => listen({ redirectUri: value }), []],
  ['listenForRedirect(options.expectedState)', (value) => listen({ expectedState: value }), NAMES],
  ['listenForRedirect(options.timeoutMs)', (value) => listen({ timeoutMs: value }), ['undefined', '5']],
  ['listenForRedirect(options.landingUri)', (value) => listen({ landingUri: value }), ['undefined']],
  ['listenForRedirect(options.signal)', (value) => listen({ signal: value }), ['undefined']],
  ['listenOnFirstFree(redirectUris)', (value) => listenOnFirstFree(value as string[], { expectedState: 's' }), []],
  ['listenOnFirstFree(options)', (value) => listenOnFirstFree(['http://127.0.0.1:0/'], value as never).then((l) => l.close()), []],
  ['runAuthorizationCodeFlow(options)', (value) => runAuthorizationCodeFlow(value as never), []],
  ['runAuthorizationCodeFlow(options.config)', (value) => flow({ config: value as never }), []],
  ['runAuthorizationCodeFlow(options.version)', (value) => flow({ version: value as never }), ['5']],
  ['runAuthorizationCodeFlow(options.scopes)', (value) => flow({ scopes: value as never }), ['[]', '["a"]']],
  // Without openBrowser the flow starts the machine's browser: that default is tested elsewhere.
  [
    'runAuthorizationCodeFlow(options.openBrowser)',
    (value) => (value === undefined ? undefined : flow({ openBrowser: value as never })),
    ['undefined', 'function'],
  ],
  ['runAuthorizationCodeFlow(options.onAuthorizeUrl)', (value) => flow({ onAuthorizeUrl: value as never }), optionalFunction],
  ['runAuthorizationCodeFlow(options.timeoutMs)', (value) => flow({ timeoutMs: value as number }), ['undefined', '5']],
  ['runAuthorizationCodeFlow(options.signal)', (value) => flow({ signal: value as AbortSignal }), ['undefined']],
  ['runAuthorizationCodeFlow(options.config.oauthUri)', (value) => flow({}, { oauthUri: value }), ['undefined', 'empty string']],
  ['runAuthorizationCodeFlow(options.config.redirectUri)', (value) => flow({}, { redirectUri: value }), ['undefined', 'empty string']],
  ['runAuthorizationCodeFlow(options.config.landingUri)', (value) => flow({}, { landingUri: value }), ['undefined', 'empty string']],
];

describe('argument checks', () => {
  it.each(calls)('%s refuses what it cannot use with a named error', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
  });

  it("refuses refresh({ scopes: 'a' }) and parseScopes(5) by name, before any request", async () => {
    const before = fake.tokenRequests.length;
    await expect(client().refresh({ refreshToken: 'r', scopes: 'a' as never })).rejects.toThrow(
      'client.refresh: input.scopes must be an array of at most 100 items, not a string of 1 character.',
    );
    expect(fake.tokenRequests.length).toBe(before);
    expect(() => parseScopes(5 as never, '5')).toThrow(ArgumentError);
    expect(() => parseScopes(5 as never, '5')).toThrow(
      'parseScopes: input must be a string of at most 4,096 characters, not the number 5.',
    );
  });
});
