import { InputError } from '../output/describe-error.js';

const NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** The variable a token name is read from, as in the quickstart: `my_token` -> `MY_TOKEN`. */
export function tokenVariable(name: string): string {
  if (!NAME.test(name)) throw new InputError(`Invalid access token name "${name}": use letters, digits, _ and -.`);
  return name.toUpperCase().replaceAll('-', '_');
}

/** Reads the access token for `name` from the environment. */
export function accessTokenFromEnv(env: Record<string, string | undefined>, name: string): string {
  const variable = tokenVariable(name);
  const value = env[variable]?.trim();
  if (!value) {
    throw new InputError(`No access token named "${name}": set ${variable} (for a local trial, "pinkit sim" prints one).`);
  }
  return value;
}
