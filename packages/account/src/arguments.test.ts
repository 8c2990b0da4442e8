import { freePort, fuzzArgument } from '@pinkit/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAnalyticsRequest } from './analytics-checks.js';
import { openAccount } from './open-account.js';
import { grantedScopes, refuseUnsupported, scopesFor, supports } from './scopes.js';
import { fakeAccount, fakeOpener } from './testing/fake-account.js';
import { videoDownload } from './video-download.js';

// The package's functions other than the account's methods (checked-account.test.ts has those),
// each argument given every hostile value: refused with a named error on one line, never a
// TypeError from inside, a hang, or taken silently. Accounts point at a closed loopback port.

type Row = [name: string, call: (value: unknown) => unknown, accepts: readonly string[]];

const OPTIONAL = ['undefined'];
const BAG = [...OPTIONAL, '{}', 'Date'];
const TEXT = ['"x"', '"zzz"'];
const any = (value: unknown) => value as never;

let apiUri = '';
beforeAll(async () => {
  apiUri = `http://127.0.0.1:${await freePort()}`;
});

function openWith(key: string) {
  return (value: unknown) => openAccount({ version: 5, token: 'pina_T', apiUri, [key]: value });
}

const USER_REQUEST = { kind: 'user', range: { startDate: '2026-01-01', endDate: '2026-01-31' }, metrics: ['IMPRESSION'] };

const ROWS: Row[] = [
  ['openAccount(options)', (v) => openAccount(any(v)), []],
  ['openAccount(options.version)', (v) => openAccount({ version: any(v), token: 'pina_T', apiUri }), ['5']],
  ['openAccount(options.token)', openWith('token'), TEXT],
  ['openAccount(options.apiUri)', openWith('apiUri'), [...OPTIONAL, 'empty string']],
  ['openAccount(options.sandbox)', openWith('sandbox'), [...OPTIONAL, 'true']],
  ['openAccount(options.logger)', openWith('logger'), OPTIONAL],
  ['openAccount(options.proxyEnv)', openWith('proxyEnv'), BAG],
  ['openAccount(options.transportTimeouts)', openWith('transportTimeouts'), BAG],
  [
    'openAccount(options.transportTimeouts.connectTimeoutMs)',
    (v) => openAccount({ version: 5, token: 'pina_T', apiUri, transportTimeouts: { connectTimeoutMs: any(v) } }),
    [...OPTIONAL, '5'],
  ],
  ['openAccount(options.userAgent)', openWith('userAgent'), [...OPTIONAL, ...TEXT]],
  ['supports(version)', (v) => supports(any(v), 'getBoard'), ['5']],
  ['supports(capability)', (v) => supports(5, any(v)), []],
  ['refuseUnsupported(capabilities)', (v) => refuseUnsupported(3, any(v)), []],
  ['scopesFor(version)', (v) => scopesFor(any(v), ['getBoard']), ['5']],
  ['scopesFor(capabilities)', (v) => scopesFor(5, any(v)), ['[]']],
  ['scopesFor(options)', (v) => scopesFor(5, ['getBoard'], any(v)), BAG],
  ['scopesFor(options.secret)', (v) => scopesFor(5, ['getBoard'], { secret: any(v) }), [...OPTIONAL, 'true']],
  ['grantedScopes(version)', (v) => grantedScopes(any(v)), ['5']],
  ['checkAnalyticsRequest(version)', (v) => checkAnalyticsRequest(any(v), any(USER_REQUEST)), ['5']],
  ['checkAnalyticsRequest(request)', (v) => checkAnalyticsRequest(5, any(v)), []],
  ['checkAnalyticsRequest(request.metrics)', (v) => checkAnalyticsRequest(5, any({ ...USER_REQUEST, metrics: v })), []],
  ['videoDownload(options)', (v) => videoDownload(any(v)), BAG],
  ['videoDownload(options.proxyEnv)', (v) => videoDownload({ proxyEnv: any(v) }), BAG],
  ['videoDownload()(url)', (v) => videoDownload()(any(v), new AbortController().signal), []],
  ['videoDownload()(signal)', (v) => videoDownload()(`${apiUri}/v.mp4`, any(v)), []],
  ['fakeAccount(version)', (v) => fakeAccount(v as 5, { user: any({}) }), ['5']],
  ['fakeAccount(data)', (v) => fakeAccount(5, any(v)), []],
  ['fakeOpener(account)', (v) => fakeOpener(any(v)), []],
];

describe('the account package checks its arguments', () => {
  it.each(ROWS)('%s', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
  });

  it('refuses a token with a line break, or of 10 MB, before anything is sent, without showing it', async () => {
    for (const token of ['pina_a\r\nX-Injected: 1', 'x'.repeat(10 * 1024 * 1024)]) {
      const refusal = openAccount({ version: 3, token, apiUri });
      await expect(refusal).rejects.toMatchObject({ name: 'ArgumentError', argument: 'options.token' });
      await expect(refusal).rejects.not.toThrow(/pina_a|X-Injected/);
    }
  });

  it('takes a token provider, and refuses an object that is none', async () => {
    await expect(openAccount({ version: 5, token: { getAccessToken: async () => 'pina_T' }, apiUri })).resolves.toMatchObject({
      version: 5,
    });
    await expect(openAccount({ version: 5, token: {} as never, apiUri })).rejects.toThrow(
      'openAccount: options.token must be an access token or a TokenProvider',
    );
  });
});
