import { InputError } from '../output/describe-error.js';
import { terminalSafe } from '../output/terminal-safe.js';

// Pinterest ids are digits (the description's pattern `^\d+$`, at most 18 of them for ads
// entities); checked before any request, so a typo is one line naming the flag, not a 400.
const ID = /^\d{1,18}$/;

/** `value` when it is a Pinterest id; otherwise an InputError naming `flag`. Absent stays absent. */
export function pinterestId(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!ID.test(value)) throw new InputError(`${flag} must be a Pinterest id: digits only (was "${terminalSafe(value)}").`);
  return value;
}
