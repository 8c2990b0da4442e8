import type { ApiVersion } from './pinkit-config.js';

/**
 * The command that stores a token named `name` for `version`, for the messages that point to it:
 * on v3 it carries `-v 3`, or the token it stores would be a v5 one.
 */
export function signInCommand(name: string, version: ApiVersion): string {
  return `pinkit get-access-token -w -a ${name}${version === '3' ? ' -v 3' : ''}`;
}
