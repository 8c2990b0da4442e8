import { describe, expect, it } from 'vitest';
import { createEnvStore } from './create-env-store.js';
import { InvalidTokenNameError, ReadOnlyStoreError } from './errors.js';

describe('createEnvStore', () => {
  it('reads the token from the variable named after it in upper case', async () => {
    const store = createEnvStore({ env: { ACCESS_TOKEN: 'pina_ENV', WORK_TOKEN: 'pina_WORK' } });

    expect(store.kind).toBe('env');
    expect(await store.get('access_token')).toEqual({ name: 'access_token', access_token: 'pina_ENV' });
    expect(await store.get('work_token')).toEqual({ name: 'work_token', access_token: 'pina_WORK' });
    expect(await store.get('missing')).toBeUndefined();
  });

  it('treats an empty variable as unset', async () => {
    expect(await createEnvStore({ env: { ACCESS_TOKEN: '' } }).get('access_token')).toBeUndefined();
  });

  it('uses process.env unless told otherwise', async () => {
    expect((await createEnvStore().get('path'))?.access_token).toBe(process.env.PATH);
  });

  it('cannot store or delete tokens, and says which variable is involved', async () => {
    const store = createEnvStore({ env: { ACCESS_TOKEN: 'pina_ENV' } });

    const setError = await store.set({ name: 'access_token', access_token: 'pina_NEW' }).catch((error: unknown) => error);
    expect(setError).toBeInstanceOf(ReadOnlyStoreError);
    expect(setError).toMatchObject({ name: 'ReadOnlyStoreError', kind: 'env', operation: 'set' });
    expect((setError as Error).message).toContain('ACCESS_TOKEN');
    expect((setError as Error).message).not.toContain('pina_');

    await expect(store.delete('access_token')).rejects.toMatchObject({ kind: 'env', operation: 'delete' });
  });

  it('lists nothing, since variables are not known to be tokens by name', async () => {
    expect(await createEnvStore({ env: { ACCESS_TOKEN: 'pina_ENV' } }).list()).toEqual([]);
  });

  it('rejects names that are not token names', async () => {
    await expect(createEnvStore({ env: {} }).get('PATH=/x')).rejects.toBeInstanceOf(InvalidTokenNameError);
  });
});
