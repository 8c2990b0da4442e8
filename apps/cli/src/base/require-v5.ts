import type { ApiVersion } from '../config/pinkit-config.js';
import { InputError } from '../output/describe-error.js';

/**
 * Refuses API v3 for a command that v3 never had (save-pin, get-terms, ...), in one line that
 * names the command and the version that has it. `command` is the path the user typed, as
 * clipanion gives it (`auth status`, `save-pin`). `instead` says what to use on v3, when v3 had
 * something in its place.
 */
export function requireV5(version: ApiVersion, command: string, instead?: string): void {
  if (version !== '3') return;
  throw new InputError(`${command}: API v3 never had this command; ${instead ?? 'it needs -v 5 (the default)'}.`);
}
