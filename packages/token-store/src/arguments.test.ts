import { readdir } from 'node:fs/promises';
import { fuzzArgument, HOSTILE_VALUES, tempDir } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  assertTokenName,
  createEnvStore,
  createFileStore,
  createKeychainStore,
  createTokenStore,
  isTokenName,
  keytarInstallOf,
  readEnvToken,
  type TokenRecord,
  type TokenStore,
} from './index.js';
import { createFakeKeytar } from './test-support/fake-keytar.js';
import { createMemoryStore } from './test-support/memory-store.js';

type Call = [string, (value: unknown) => unknown, string[]];

const NAMES = ['"x"', '"zzz"'];
const record: TokenRecord = { name: 'access_token', access_token: 'pina_A', refresh_token: 'pinr_A', scopes: ['pins:read'] };
const withKey = (base: object, key: string, value: unknown) => ({ ...base, [key]: value });

// Every store the package makes, over a temp folder, a keychain in memory and an empty environment.
const stores: Array<[string, () => TokenStore & { locate?: unknown }]> = [
  ['createFileStore', () => createFileStore({ dir: tempDir('pinkit-args-') })],
  ['createKeychainStore', () => createKeychainStore({ loadKeytar: async () => createFakeKeytar() })],
  ['createEnvStore', () => createEnvStore({ env: {} })],
  ['createTokenStore', () => createTokenStore({ dir: tempDir('pinkit-args-'), env: {}, keychain: createMemoryStore('keychain') })],
];

// The options of each factory, one at a time; a store is made, never used, so nothing is written.
const factoryCalls: Call[] = [
  ['createFileStore(options)', (value) => createFileStore(value as never), []],
  ['createFileStore(options.dir)', (value) => createFileStore({ dir: value as string }), NAMES],
  ['createFileStore(options.onNotice)', (value) => createFileStore({ dir: 'x', onNotice: value as never }), ['undefined', 'function']],
  [
    'createFileStore(options.beforeRename)',
    (value) => createFileStore({ dir: 'x', beforeRename: value as never }),
    ['undefined', 'function'],
  ],
  ['createKeychainStore(options)', (value) => createKeychainStore(value as never), ['undefined', '{}', 'Date']],
  ['createKeychainStore(options.service)', (value) => createKeychainStore({ service: value as string }), ['undefined', ...NAMES]],
  ['createKeychainStore(options.timeoutMs)', (value) => createKeychainStore({ timeoutMs: value as number }), ['undefined', '5']],
  ['createKeychainStore(options.loadKeytar)', (value) => createKeychainStore({ loadKeytar: value as never }), ['undefined', 'function']],
  ['createKeychainStore(options.onNotice)', (value) => createKeychainStore({ onNotice: value as never }), ['undefined', 'function']],
  ['createKeychainStore(options.install)', (value) => createKeychainStore({ install: value as never }), ['undefined']],
  ['createEnvStore(options)', (value) => createEnvStore(value as never), ['undefined', '{}', 'Date']],
  ['createEnvStore(options.env)', (value) => createEnvStore({ env: value as never }), ['undefined', '{}', 'Date']],
  ['createTokenStore(options)', (value) => createTokenStore(value as never), []],
  ...(['dir', 'env', 'prefer', 'keychain', 'onNotice'] as const).map((key): Call => {
    const accepts = {
      dir: NAMES,
      env: ['undefined', '{}', 'Date'],
      prefer: ['undefined'],
      keychain: ['undefined'],
      onNotice: ['undefined', 'function'],
    };
    return [
      `createTokenStore(options.${key})`,
      (value) => createTokenStore(withKey({ dir: 'x', env: {} }, key, value) as never),
      accepts[key],
    ];
  }),
  ['assertTokenName(name)', (value) => assertTokenName(value as string), NAMES],
  // A predicate answers for any value.
  ['isTokenName(name)', (value) => isTokenName(value as string), [...HOSTILE_VALUES.keys()]],
  ['keytarInstallOf(modulePath)', (value) => keytarInstallOf(value as string), ['undefined', ...NAMES]],
  ['readEnvToken(name)', (value) => readEnvToken(value as string, {}), NAMES],
  ['readEnvToken(env)', (value) => readEnvToken('x', value as NodeJS.ProcessEnv), ['undefined', '{}', 'Date']],
];

// Each method of each store, one argument (or one field of the record) at a time.
const methodCalls: Call[] = stores.flatMap(([factory, make]): Call[] => {
  const readOnly = factory === 'createEnvStore';
  const rows: Call[] = [
    [`${factory}().get(name)`, (value) => make().get(value as string), NAMES],
    [`${factory}().delete(name)`, (value) => make().delete(value as string), readOnly ? [] : NAMES],
    [`${factory}().set(record)`, (value) => make().set(value as TokenRecord), []],
    ...['name', 'access_token', 'refresh_token', 'scopes', 'expires_at'].map((key): Call => {
      const taken = {
        name: NAMES,
        access_token: NAMES,
        refresh_token: ['undefined', 'null', ...NAMES],
        scopes: ['undefined', '[]', '["a"]'],
        expires_at: ['undefined'],
      };
      return [
        `${factory}().set(record.${key})`,
        (value) => make().set(withKey(record, key, value) as TokenRecord),
        readOnly ? [] : taken[key as keyof typeof taken],
      ];
    }),
  ];
  return rows;
});

const resolving = () => createTokenStore({ dir: tempDir('pinkit-args-'), env: {}, keychain: createMemoryStore('keychain') });
const resolvingCalls: Call[] = [
  ['createTokenStore().locate(name)', (value) => resolving().locate(value as string), NAMES],
  ['createTokenStore().assertWritable(name)', (value) => resolving().assertWritable(value as string), NAMES],
  ['createTokenStore().survey(names)', (value) => resolving().survey(value as string[]), ['[]', '["a"]']],
  ['createFileStore().pathOf(name)', (value) => createFileStore({ dir: 'x' }).pathOf(value as string), NAMES],
];

describe('argument checks', () => {
  it.each([...factoryCalls, ...methodCalls, ...resolvingCalls])(
    '%s refuses what it cannot use with a named error',
    async (_name, call, accepts) => {
      await fuzzArgument(call, { accepts });
    },
  );

  it("refuses prefer: 'zzz' instead of taking it for the keychain", () => {
    expect(() => createTokenStore({ dir: 'x', prefer: 'zzz' as never })).toThrow(ArgumentError);
    expect(() => createTokenStore({ dir: 'x', prefer: 'zzz' as never })).toThrow(
      'createTokenStore: options.prefer must be one of "auto", "keychain" or "file", not a string of 3 characters.',
    );
  });

  it('stores no 10 MB access token and no token with a line break, and writes nothing for them', async () => {
    const dir = tempDir('pinkit-args-');
    const store = createTokenStore({ dir, env: {}, prefer: 'file' });
    await expect(store.set({ name: 'big', access_token: 'x'.repeat(10 * 1024 * 1024) })).rejects.toThrow(
      'store.set: record.access_token must be a non-empty string of at most 4,096 characters without control characters, not a string of 10,485,760 characters.',
    );
    await expect(store.set({ name: 'crlf', access_token: 'pina_A\r\nX-Evil: 1' })).rejects.toThrow(ArgumentError);
    await expect(store.set({ name: 'crlf', access_token: 'pina_A', refresh_token: 'pinr\n' })).rejects.toThrow('record.refresh_token');
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });

  it('names a missing options bag instead of failing inside on undefined', () => {
    expect(() => createFileStore(undefined as never)).toThrow('createFileStore: options must be an object, not missing.');
  });
});
