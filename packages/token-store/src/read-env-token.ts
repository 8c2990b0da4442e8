import { argumentsOf } from '@pinkit/arguments';
import { isTokenName } from './assert-token-name.js';
import type { TokenRecord } from './types.js';

const check = argumentsOf('readEnvToken');

/**
 * The quickstart's quickest path: the token in the environment variable named after the token in
 * upper case (`access_token` -> `ACCESS_TOKEN`), as a record with only `name` and `access_token`.
 * Undefined when the variable is unset or empty (how shells spell "unset" too, as the Node
 * quickstart reads it) or `name` cannot be a token name (the stores refuse such a name in one line).
 */
export function readEnvToken(name: string, env: NodeJS.ProcessEnv = process.env): TokenRecord | undefined {
  check.string(name, 'name', { maxLength: 4096, singleLine: true });
  check.object(env, 'env');
  if (!isTokenName(name)) return undefined;
  const value = env[name.toUpperCase()];
  return value ? { name, access_token: value } : undefined;
}
