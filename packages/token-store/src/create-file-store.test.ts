import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from './create-file-store.js';
import { CorruptTokenFileError, InvalidTokenNameError } from './errors.js';

const posix = process.platform !== 'win32';
let root: string;
let dir: string;

beforeEach(() => {
  root = tempDir('pinkit-file-store-');
  dir = join(root, 'oauth_tokens');
});

describe('createFileStore', () => {
  it('stores a token as <dir>/<name>.json and reads it back', async () => {
    const store = createFileStore({ dir });
    const record = { name: 'access_token', access_token: 'pina_A', refresh_token: 'pinr_R', scopes: ['pins:read'] };
    await store.set(record);

    expect(await store.get('access_token')).toEqual(record);
    expect(store.pathOf('access_token')).toBe(join(dir, 'access_token.json'));
    expect(JSON.parse(await readFile(join(dir, 'access_token.json'), 'utf8'))).toEqual(record);
    expect(await store.get('other')).toBeUndefined();
  });

  it.runIf(posix)('creates the directory with mode 0700 and token files with mode 0600', async () => {
    await createFileStore({ dir }).set({ name: 'access_token', access_token: 'pina_A' });

    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, 'access_token.json'))).mode & 0o777).toBe(0o600);
  });

  it('reads a token file written by the quickstart, scopes as a comma separated string', async () => {
    await mkdir(dir);
    // What python/src/access_token.py writes after `get_access_token.py -w`.
    const quickstart = [
      '{',
      '  "name": "access_token",',
      '  "access_token": "pina_QUICK",',
      '  "refresh_token": "pinr_QUICK",',
      '  "scopes": "boards:read,pins:read, user_accounts:read"',
      '}',
    ].join('\n');
    await writeFile(join(dir, 'access_token.json'), quickstart, { mode: 0o600 });

    expect(await createFileStore({ dir }).get('access_token')).toEqual({
      name: 'access_token',
      access_token: 'pina_QUICK',
      refresh_token: 'pinr_QUICK',
      scopes: ['boards:read', 'pins:read', 'user_accounts:read'],
    });
  });

  it('reads the Node quickstart layout: no scopes, and the name field may be missing', async () => {
    await mkdir(dir);
    await writeFile(join(dir, 'access_token_v3.json'), '{"access_token": "pina_V3", "refresh_token": null}', { mode: 0o600 });

    expect(await createFileStore({ dir }).get('access_token_v3')).toEqual({
      name: 'access_token_v3',
      access_token: 'pina_V3',
      refresh_token: null,
    });
  });

  it('keeps fields it does not know when it rewrites a file, in a layout the quickstart reads', async () => {
    await mkdir(dir);
    const foreign = { name: 'work', access_token: 'pina_OLD', scopes: 'pins:read', app: { id: 1 }, note: 'keep me' };
    await writeFile(join(dir, 'work.json'), JSON.stringify(foreign), { mode: 0o600 });
    const store = createFileStore({ dir });

    await store.set({ name: 'work', access_token: 'pina_NEW', refresh_token: 'pinr_NEW', expires_at: '2030-01-01T00:00:00.000Z' });

    const written = JSON.parse(await readFile(join(dir, 'work.json'), 'utf8'));
    expect(written).toEqual({
      name: 'work',
      access_token: 'pina_NEW',
      refresh_token: 'pinr_NEW',
      expires_at: '2030-01-01T00:00:00.000Z',
      app: { id: 1 },
      note: 'keep me',
    });
    expect(Object.keys(written).slice(0, 2)).toEqual(['name', 'access_token']);
    expect((await store.get('work'))?.note).toBe('keep me');
  });

  it('refuses to read or overwrite a corrupt file, naming it and not quoting it', async () => {
    await mkdir(dir);
    const file = join(dir, 'access_token.json');
    await writeFile(file, '{"access_token": "pina_SECRET', { mode: 0o600 });
    const store = createFileStore({ dir });

    const error = await store.get('access_token').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CorruptTokenFileError);
    expect(error).toMatchObject({ name: 'CorruptTokenFileError', file, reason: 'not valid JSON' });
    expect(String((error as Error).message)).toContain(file);
    expect(JSON.stringify(error) + String((error as Error).message) + String((error as Error).cause)).not.toContain('SECRET');

    await expect(store.set({ name: 'access_token', access_token: 'pina_NEW' })).rejects.toBeInstanceOf(CorruptTokenFileError);
    expect(await readFile(file, 'utf8')).toBe('{"access_token": "pina_SECRET');

    expect(await store.delete('access_token')).toBe(true);
    await store.set({ name: 'access_token', access_token: 'pina_NEW' });
    expect((await store.get('access_token'))?.access_token).toBe('pina_NEW');
  });

  it('treats JSON that is not a token record as foreign and leaves it alone', async () => {
    await mkdir(dir);
    const file = join(dir, 'settings.json');
    await writeFile(file, '{"theme": "dark"}');
    const store = createFileStore({ dir });

    await expect(store.set({ name: 'settings', access_token: 'pina_X' })).rejects.toMatchObject({
      name: 'CorruptTokenFileError',
      reason: 'no access_token',
    });
    expect(await readFile(file, 'utf8')).toBe('{"theme": "dark"}');
  });

  it('lists every token file, skipping temporary files and reporting corrupt ones as notices', async () => {
    const notices: string[] = [];
    const store = createFileStore({ dir, onNotice: (message) => notices.push(message) });
    await store.set({ name: 'b', access_token: 'pina_B' });
    await store.set({ name: 'a', access_token: 'pina_A' });
    await writeFile(join(dir, 'broken.json'), 'pina_BROKEN');
    await writeFile(join(dir, '.a.json.123.abcd.tmp'), '{"access_token": "half');
    await writeFile(join(dir, 'readme.txt'), 'not a token');

    expect((await store.list()).map((record) => record.name)).toEqual(['a', 'b']);
    expect(notices).toEqual([`Skipped ${join(dir, 'broken.json')}: not valid JSON.`]);
    expect(notices.join('')).not.toContain('BROKEN');
  });

  it('lists nothing when the directory does not exist yet', async () => {
    expect(await createFileStore({ dir }).list()).toEqual([]);
  });

  it('deletes a token and says whether there was one', async () => {
    const store = createFileStore({ dir });
    await store.set({ name: 'access_token', access_token: 'pina_A' });

    expect(await store.delete('access_token')).toBe(true);
    expect(await store.delete('access_token')).toBe(false);
    expect(await store.get('access_token')).toBeUndefined();
  });

  it.each(['../outside', 'a/b', '..', '.hidden', 'name.json', 'white space', '', 'x'.repeat(65)])(
    'rejects the unsafe name %j before touching the disk',
    async (name) => {
      const store = createFileStore({ dir });
      await expect(store.set({ name, access_token: 'pina_A' })).rejects.toBeInstanceOf(InvalidTokenNameError);
      await expect(store.get(name)).rejects.toBeInstanceOf(InvalidTokenNameError);
      await expect(store.delete(name)).rejects.toBeInstanceOf(InvalidTokenNameError);
      expect(await readdir(root)).toEqual([]);
    },
  );

  it.runIf(posix)('warns once about an existing directory open to other users, and leaves its mode alone', async () => {
    await mkdir(dir, { mode: 0o755 });
    await chmod(dir, 0o755);
    const notices: string[] = [];
    const store = createFileStore({ dir, onNotice: (message) => notices.push(message) });

    await store.set({ name: 'a', access_token: 'pina_A' });
    await store.set({ name: 'b', access_token: 'pina_B' });

    expect(notices).toEqual([`Token directory ${dir} is open to other users (mode 0755); to make it private run: chmod 700 ${dir}`]);
    expect((await stat(dir)).mode & 0o777).toBe(0o755);
    expect((await stat(join(dir, 'a.json'))).mode & 0o777).toBe(0o600);
  });

  it.runIf(posix)('warns about a token file other users can read', async () => {
    await mkdir(dir, { mode: 0o700 });
    const file = join(dir, 'access_token.json');
    await writeFile(file, '{"access_token": "pina_A"}');
    await chmod(file, 0o644);
    const notices: string[] = [];

    await createFileStore({ dir, onNotice: (message) => notices.push(message) }).get('access_token');

    expect(notices).toEqual([`Token file ${file} is open to other users (mode 0644); to make it private run: chmod 600 ${file}`]);
  });
});
