import { argumentsOf } from '@pinkit/arguments';
import { assertTokenName } from './assert-token-name.js';
import { checkTokenRecord } from './check-token-record.js';
import { ReadOnlyStoreError } from './errors.js';
import { readEnvToken } from './read-env-token.js';
import type { TokenStore } from './types.js';

export interface EnvStoreOptions {
  /** Where to look; process.env by default. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The quickstart's quickest path: a token in the environment variable named after the token in
 * upper case (`access_token` -> `ACCESS_TOKEN`). Such a record has only `name` and `access_token`.
 * The store is read-only, and `list()` is empty because a variable cannot be told to be a token
 * by its name alone.
 */
export function createEnvStore(options: EnvStoreOptions = {}): TokenStore {
  const check = argumentsOf('createEnvStore');
  check.object(options, 'options');
  check.object(options.env, 'options.env', { optional: true });
  const env = options.env ?? process.env;
  const readOnly = (operation: 'set' | 'delete', name: string): ReadOnlyStoreError =>
    new ReadOnlyStoreError(
      'env',
      operation,
      `Token "${name}" comes from the environment variable ${name.toUpperCase()}, which pinkit cannot ` +
        (operation === 'set' ? 'write: store it in the keychain or a file instead.' : 'remove: unset it in your shell.'),
    );

  return {
    kind: 'env',

    async get(name) {
      assertTokenName(name);
      return readEnvToken(name, env);
    },

    async set(record) {
      checkTokenRecord(record);
      throw readOnly('set', record.name);
    },

    async delete(name) {
      assertTokenName(name);
      throw readOnly('delete', name);
    },

    async list() {
      return [];
    },
  };
}
