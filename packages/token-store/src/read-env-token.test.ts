import { describe, expect, it } from 'vitest';
import { createEnvStore } from './create-env-store.js';
import { readEnvToken as fromEntry } from './env.js';
import { readEnvToken } from './read-env-token.js';

describe('readEnvToken', () => {
  it("reads the token from the variable named after it in upper case, as the environment store's get does", async () => {
    const env = { ACCESS_TOKEN: 'pina_A', MY_TOKEN: 'pina_B' };
    expect(readEnvToken('access_token', env)).toEqual({ name: 'access_token', access_token: 'pina_A' });
    expect(readEnvToken('my_token', env)).toEqual(await createEnvStore({ env }).get('my_token'));
  });

  it('takes an empty variable for an unset one', () => {
    expect(readEnvToken('access_token', { ACCESS_TOKEN: '' })).toBeUndefined();
    expect(readEnvToken('access_token', {})).toBeUndefined();
  });

  it('finds nothing for what cannot be a token name, leaving the refusal to the stores', () => {
    expect(readEnvToken('../x', { '../X': 'pina_A' })).toBeUndefined();
    expect(readEnvToken('a b', { 'A B': 'pina_A' })).toBeUndefined();
  });

  it('is what the @pinkit/token-store/env entry exports', () => {
    expect(fromEntry).toBe(readEnvToken);
  });
});
