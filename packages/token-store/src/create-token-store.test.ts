import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from './create-file-store.js';
import { createKeychainStore } from './create-keychain-store.js';
import { createTokenStore } from './create-token-store.js';
import { KeychainUnavailableError } from './errors.js';
import { createFakeKeytar, createHangingKeytar } from './test-support/fake-keytar.js';
import { createMemoryStore } from './test-support/memory-store.js';

let dir: string;
let notices: string[];
const onNotice = (message: string): void => {
  notices.push(message);
};

beforeEach(() => {
  dir = tempDir('pinkit-resolving-');
  notices = [];
});

const hangingKeychain = () => createKeychainStore({ timeoutMs: 50, loadKeytar: async () => createHangingKeytar() });

describe('createTokenStore lookups', () => {
  it('looks in the environment, then the keychain, then the token directory', async () => {
    await createFileStore({ dir }).set({ name: 'access_token', access_token: 'pina_FILE' });
    const keychain = createMemoryStore('keychain', [{ name: 'access_token', access_token: 'pina_KEYCHAIN' }]);

    const withEnv = createTokenStore({ dir, keychain, env: { ACCESS_TOKEN: 'pina_ENV' } });
    expect(await withEnv.locate('access_token')).toEqual({ record: { name: 'access_token', access_token: 'pina_ENV' }, from: 'env' });

    const withoutEnv = createTokenStore({ dir, keychain, env: {} });
    expect(await withoutEnv.locate('access_token')).toMatchObject({ record: { access_token: 'pina_KEYCHAIN' }, from: 'keychain' });

    await keychain.delete('access_token');
    expect(await withoutEnv.locate('access_token')).toMatchObject({ record: { access_token: 'pina_FILE' }, from: 'file' });
    expect((await withoutEnv.get('access_token'))?.access_token).toBe('pina_FILE');
    expect(await withoutEnv.locate('nothing')).toBeUndefined();
  });

  it('reads quickstart files when the keychain does not answer', async () => {
    await createFileStore({ dir }).set({ name: 'access_token', access_token: 'pina_FILE' });
    const store = createTokenStore({ dir, env: {}, keychain: hangingKeychain() });

    expect(await store.locate('access_token')).toMatchObject({ record: { access_token: 'pina_FILE' }, from: 'file' });
    expect(store.kind).toBe('file');
  });

  it('lists each name once, with the copy a lookup would find', async () => {
    const files = createFileStore({ dir });
    await files.set({ name: 'a', access_token: 'pina_A_FILE' });
    await files.set({ name: 'c', access_token: 'pina_C_FILE' });
    const keychain = createMemoryStore('keychain', [
      { name: 'a', access_token: 'pina_A_KEYCHAIN' },
      { name: 'b', access_token: 'pina_B_KEYCHAIN' },
    ]);
    const store = createTokenStore({ dir, keychain, env: { C: 'pina_C_ENV' } });

    expect((await store.listLocated()).map(({ record, from }) => [record.name, from, record.access_token])).toEqual([
      ['a', 'keychain', 'pina_A_KEYCHAIN'],
      ['b', 'keychain', 'pina_B_KEYCHAIN'],
      ['c', 'env', 'pina_C_ENV'],
    ]);
    expect((await store.list()).map((record) => record.name)).toEqual(['a', 'b', 'c']);
  });
});

describe('createTokenStore survey', () => {
  it('lists environment tokens for the names asked about, beside the stored ones', async () => {
    await createFileStore({ dir }).set({ name: 'work', access_token: 'pina_WORK' });
    const store = createTokenStore({ dir, prefer: 'file', env: { ACCESS_TOKEN: 'pina_ENV', OTHER_TOKEN: 'x' } });
    const survey = await store.survey(['access_token', 'absent']);
    expect(survey.tokens.map(({ record, from }) => [record.name, from])).toEqual([
      ['access_token', 'env'],
      ['work', 'file'],
    ]);
    expect(survey.keychain).toEqual({ state: 'not-asked' });
  });

  it('names corrupt token files and keychain entries, without their content', async () => {
    await writeFile(join(dir, 'broken.json'), '{"access_token": pina_SECRET', { mode: 0o600 });
    const keytar = createFakeKeytar();
    keytar.secrets.set('pinkit/bad', 'pina_NOT_JSON_SECRET');
    const store = createTokenStore({ dir, env: {}, keychain: createKeychainStore({ loadKeytar: async () => keytar }), onNotice });
    const survey = await store.survey([]);
    expect(survey.tokens).toEqual([]);
    expect(survey.skipped.map(({ kind, name, where }) => [kind, name, where])).toEqual([
      ['keychain', 'bad', 'keychain service "pinkit"'],
      ['file', 'broken', join(dir, 'broken.json')],
    ]);
    expect(JSON.stringify(survey.skipped)).not.toContain('SECRET');
    expect(survey.keychain).toEqual({ state: 'read' });
  });

  it('says why the keychain was not read, with the advice for how keytar is installed', async () => {
    const missing = Object.assign(new Error("Cannot find package 'keytar'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const keychain = createKeychainStore({
      install: 'npm-global',
      loadKeytar: async () => {
        throw missing;
      },
    });
    const survey = await createTokenStore({ dir, env: {}, keychain }).survey([]);
    expect(survey.keychain).toMatchObject({ state: 'unavailable', error: { reason: 'module-missing' } });
    expect(survey.keychain.state === 'unavailable' && survey.keychain.error.advice).toContain('npm i -g keytar');
  });
});

describe('createTokenStore writes', () => {
  it("'auto' stores in the keychain when it answers", async () => {
    const keychain = createMemoryStore('keychain');
    const store = createTokenStore({ dir, keychain, env: {}, onNotice });

    await store.set({ name: 'access_token', access_token: 'pina_A' });

    expect(store.kind).toBe('keychain');
    expect(await keychain.get('access_token')).toEqual({ name: 'access_token', access_token: 'pina_A' });
    expect(await createFileStore({ dir }).get('access_token')).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it("'auto' says so when a quickstart file of the same name is now shadowed by the keychain", async () => {
    await createFileStore({ dir }).set({ name: 'access_token', access_token: 'pina_OLD' });
    const store = createTokenStore({ dir, keychain: createMemoryStore('keychain'), env: {}, onNotice });

    await store.set({ name: 'access_token', access_token: 'pina_NEW' });

    expect(notices).toEqual([
      `Token "access_token" saved to the OS keychain; ` +
        `the older copy in ${join(dir, 'access_token.json')} is now shadowed (quickstart scripts still read that file).`,
    ]);
  });

  it("'auto' falls back to a 0600 file with one notice when the keychain hangs", async () => {
    const store = createTokenStore({ dir, keychain: hangingKeychain(), env: {}, onNotice });

    await store.set({ name: 'access_token', access_token: 'pina_SECRET_VALUE', refresh_token: 'pinr_SECRET_VALUE' });

    const file = join(dir, 'access_token.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ access_token: 'pina_SECRET_VALUE' });
    expect(notices).toEqual([
      `No OS keychain answered (no answer within 50 ms); keeping token "access_token" in plain text in ${file} (mode 0600). ` +
        'To keep tokens in the keychain instead: Start a Secret Service such as gnome-keyring in your D-Bus session ' +
        '(on macOS and Windows the system keychain is used).',
    ]);
    expect(store.kind).toBe('file');
  });

  it("'keychain' fails instead of falling back, and writes no file", async () => {
    const store = createTokenStore({ dir, keychain: hangingKeychain(), env: {}, prefer: 'keychain', onNotice });

    await expect(store.set({ name: 'access_token', access_token: 'pina_A' })).rejects.toBeInstanceOf(KeychainUnavailableError);
    expect(await createFileStore({ dir }).list()).toEqual([]);
  });

  it("assertWritable fails at once for 'keychain' without a keychain; passes for 'auto', 'file' and a keychain that answers", async () => {
    await expect(
      createTokenStore({ dir, prefer: 'keychain', keychain: hangingKeychain(), env: {} }).assertWritable('t'),
    ).rejects.toBeInstanceOf(KeychainUnavailableError);
    await expect(
      createTokenStore({ dir, prefer: 'auto', keychain: hangingKeychain(), env: {} }).assertWritable('t'),
    ).resolves.toBeUndefined();
    await expect(
      createTokenStore({ dir, prefer: 'file', keychain: hangingKeychain(), env: {} }).assertWritable('t'),
    ).resolves.toBeUndefined();
    const keychain = createMemoryStore('keychain');
    await expect(createTokenStore({ dir, prefer: 'keychain', keychain, env: {} }).assertWritable('t')).resolves.toBeUndefined();
  });

  it("'file' writes the file and never consults the keychain", async () => {
    const keychain = createMemoryStore('keychain', [{ name: 'access_token', access_token: 'pina_STALE' }]);
    const store = createTokenStore({ dir, keychain, env: {}, prefer: 'file' });

    await store.set({ name: 'access_token', access_token: 'pina_NEW' });

    expect(store.kind).toBe('file');
    expect(await store.locate('access_token')).toMatchObject({ record: { access_token: 'pina_NEW' }, from: 'file' });
    expect(keychain.calls).toEqual([]);
  });

  it('stores the token but warns that the environment variable still takes precedence', async () => {
    const keychain = createMemoryStore('keychain');
    const store = createTokenStore({ dir, keychain, env: { ACCESS_TOKEN: 'pina_ENV' }, onNotice });

    await store.set({ name: 'access_token', access_token: 'pina_NEW' });

    expect((await keychain.get('access_token'))?.access_token).toBe('pina_NEW');
    expect(await store.locate('access_token')).toMatchObject({ from: 'env' });
    expect(notices).toEqual(['Token "access_token" was saved, but the environment variable ACCESS_TOKEN is set and will be used instead.']);
  });
});

describe('createTokenStore delete', () => {
  it('removes the token from both the keychain and the file', async () => {
    await createFileStore({ dir }).set({ name: 'access_token', access_token: 'pina_FILE' });
    const keychain = createMemoryStore('keychain', [{ name: 'access_token', access_token: 'pina_KEYCHAIN' }]);
    const store = createTokenStore({ dir, keychain, env: {} });

    expect(await store.delete('access_token')).toBe(true);
    expect(await store.locate('access_token')).toBeUndefined();
    expect(await store.delete('access_token')).toBe(false);
  });

  it('says when the keychain could not be cleaned and when the environment still holds the token', async () => {
    await createFileStore({ dir }).set({ name: 'access_token', access_token: 'pina_FILE' });
    const store = createTokenStore({ dir, keychain: hangingKeychain(), env: { ACCESS_TOKEN: 'pina_ENV' }, onNotice });

    expect(await store.delete('access_token')).toBe(true);
    expect(notices).toEqual([
      'No OS keychain answered (no answer within 50 ms); a copy of token "access_token" there, if any, was not removed.',
      'Token "access_token" is still set in the environment variable ACCESS_TOKEN and will keep being used.',
    ]);
    expect(notices.join('\n')).not.toContain('pina_');
  });
});
