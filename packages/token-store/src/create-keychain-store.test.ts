import { describe, expect, it } from 'vitest';
import { createKeychainStore } from './create-keychain-store.js';
import { CorruptKeychainEntryError, InvalidTokenNameError, KeychainUnavailableError } from './errors.js';
import { createFakeKeytar, createHangingKeytar } from './test-support/fake-keytar.js';

describe('createKeychainStore', () => {
  it('files each token under service "pinkit", account = name, secret = the record as JSON', async () => {
    const keytar = createFakeKeytar();
    const store = createKeychainStore({ loadKeytar: async () => keytar });
    const record = { name: 'access_token', access_token: 'pina_A', refresh_token: 'pinr_R', scopes: ['pins:read'] };

    await store.set(record);

    expect(store.kind).toBe('keychain');
    expect(JSON.parse(keytar.secrets.get('pinkit/access_token') ?? '')).toEqual(record);
    expect(await store.get('access_token')).toEqual(record);
    expect(await store.get('other')).toBeUndefined();
  });

  it('lists, keeps unknown fields on rewrite, and deletes', async () => {
    const keytar = createFakeKeytar();
    keytar.secrets.set('pinkit/b', JSON.stringify({ access_token: 'pina_B', scopes: 'pins:read,boards:read', origin: 'other tool' }));
    const store = createKeychainStore({ service: 'pinkit', loadKeytar: async () => keytar });
    await store.set({ name: 'a', access_token: 'pina_A' });

    await store.set({ name: 'b', access_token: 'pina_B2' });

    expect(await store.list()).toEqual([
      { name: 'a', access_token: 'pina_A' },
      { name: 'b', access_token: 'pina_B2', origin: 'other tool' },
    ]);
    expect(await store.delete('a')).toBe(true);
    expect(await store.delete('a')).toBe(false);
  });

  it('keeps other services apart', async () => {
    const keytar = createFakeKeytar();
    await createKeychainStore({ service: 'other', loadKeytar: async () => keytar }).set({ name: 'a', access_token: 'pina_A' });

    expect(await createKeychainStore({ loadKeytar: async () => keytar }).list()).toEqual([]);
  });

  it('does not load keytar until a token is asked for', async () => {
    let loads = 0;
    const store = createKeychainStore({
      loadKeytar: async () => {
        loads += 1;
        return createFakeKeytar();
      },
    });
    expect(loads).toBe(0);

    await store.get('access_token');
    await store.get('access_token');
    expect(loads).toBe(1);
  });

  it('gives up on a keychain that never answers, and stops asking it', async () => {
    const keytar = createHangingKeytar();
    const store = createKeychainStore({ timeoutMs: 50, loadKeytar: async () => keytar });

    const error = await store.get('access_token').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KeychainUnavailableError);
    expect(error).toMatchObject({
      name: 'KeychainUnavailableError',
      service: 'pinkit',
      reason: 'timeout',
      detail: 'no answer within 50 ms',
    });

    await expect(store.set({ name: 'access_token', access_token: 'pina_A' })).rejects.toBe(error);
    await expect(store.list()).rejects.toBe(error);
    expect(keytar.calls).toBe(1);
  });

  it.each([
    {
      loadError: Object.assign(new Error("Cannot find package 'keytar' imported from /app/token-store/dist/load-keytar.js"), {
        code: 'ERR_MODULE_NOT_FOUND',
      }),
      reason: 'module-missing',
      advice: 'Install the optional keytar package (npm install keytar), or store tokens in files instead.',
    },
    {
      loadError: Object.assign(new Error("Cannot find module '../build/Release/keytar.node'"), { code: 'MODULE_NOT_FOUND' }),
      reason: 'not-built',
      advice: 'Build keytar (npm rebuild keytar; on Linux the build needs libsecret-1-dev and a C++ compiler)',
    },
    {
      loadError: new Error('libsecret-1.so.0: cannot open shared object file: No such file or directory'),
      reason: 'library-missing',
      advice: 'Install libsecret (Debian and Ubuntu: apt-get install libsecret-1-0',
    },
  ])('reports keytar failing to load ($reason) as unavailable, with the fix for that reason', async ({ loadError, reason, advice }) => {
    const store = createKeychainStore({
      install: 'npm',
      loadKeytar: async () => {
        throw loadError;
      },
    });
    const refused = await store.get('access_token').catch((error: unknown) => error);
    expect(refused).toMatchObject({ name: 'KeychainUnavailableError', reason });
    expect((refused as Error).message).toContain(advice);
    expect((refused as Error).message).not.toContain('gnome-keyring');
  });

  it('reports a keychain error, such as no D-Bus session, with its message', async () => {
    const keytar = createFakeKeytar();
    keytar.getPassword = async () => {
      throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
    };
    const store = createKeychainStore({ loadKeytar: async () => keytar });

    await expect(store.get('access_token')).rejects.toMatchObject({
      reason: 'error',
      detail: 'Cannot autolaunch D-Bus without X11 $DISPLAY',
      message: expect.stringContaining('No OS keychain answered (Cannot autolaunch D-Bus without X11 $DISPLAY).'),
    });
  });

  it('refuses to replace an entry that is not a token record, and list() skips it with a notice', async () => {
    const keytar = createFakeKeytar();
    keytar.secrets.set('pinkit/access_token', 'pina_SECRET');
    const notices: string[] = [];
    const store = createKeychainStore({ loadKeytar: async () => keytar, onNotice: (message) => notices.push(message) });

    await expect(store.get('access_token')).rejects.toBeInstanceOf(CorruptKeychainEntryError);
    await expect(store.set({ name: 'access_token', access_token: 'pina_NEW' })).rejects.toMatchObject({
      name: 'CorruptKeychainEntryError',
      account: 'access_token',
      reason: 'not valid JSON',
    });
    expect(keytar.secrets.get('pinkit/access_token')).toBe('pina_SECRET');
    expect(await store.list()).toEqual([]);
    expect(notices).toEqual(['Skipped keychain entry "access_token" of service "pinkit": not valid JSON.']);
  });

  it('rejects unsafe names before asking the keychain', async () => {
    const keytar = createFakeKeytar();
    const store = createKeychainStore({ loadKeytar: async () => keytar });

    await expect(store.get('../x')).rejects.toBeInstanceOf(InvalidTokenNameError);
    expect(keytar.calls).toBe(0);
  });
});
