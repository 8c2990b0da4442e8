import { InvalidTokenNameError } from './errors.js';

const SAFE_NAME = /^[A-Za-z0-9_-]+$/;
// Long enough for any real name; anything longer is more likely a token pasted by mistake,
// which must not end up in an error message.
const MAX_NAME_LENGTH = 64;

/** True when `name` can be used as a token name (see assertTokenName); false for anything else, strings or not. */
export function isTokenName(name: string): boolean {
  return typeof name === 'string' && name.length <= MAX_NAME_LENGTH && SAFE_NAME.test(name);
}

/** Throws InvalidTokenNameError unless `name` can safely be a file name and a variable name. */
export function assertTokenName(name: string): void {
  if (typeof name !== 'string' || name.length === 0) {
    throw new InvalidTokenNameError('A token name is required (for example "access_token").', undefined);
  }
  if (name.length > MAX_NAME_LENGTH) {
    throw new InvalidTokenNameError(
      `A token name of ${name.length} characters is too long (at most ${MAX_NAME_LENGTH}); ` +
        `did you pass a token where its name was expected?`,
      undefined,
    );
  }
  if (!SAFE_NAME.test(name)) {
    throw new InvalidTokenNameError(
      `Token name ${JSON.stringify(name)} is not allowed: use only letters, digits, "_" and "-", ` +
        `because the name becomes a file name.`,
      name,
    );
  }
}
