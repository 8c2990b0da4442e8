import type { ApiVersion } from '../config/pinkit-config.js';
import { InputError } from '../output/describe-error.js';

/**
 * Refuses API v3 for a command that v3 never had (save-pin, get-terms, ...), in one line that
 * names the command and the version that has it. `command` is the path the user typed, as
 * clipanion gives it (`auth status`, `save-pin`).
 */
export function requireV5(version: ApiVersion, command: string): void {
  if (version === '3') throw new InputError(`${command}: API v3 never had this command; it needs -v 5 (the default).`);
}
