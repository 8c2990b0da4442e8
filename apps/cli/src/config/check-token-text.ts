import type { LocatedTokenRecord } from '@pinkit/token-store';
import { InputError } from '../output/describe-error.js';

/** What is wrong with a token's text, or undefined when it can go into a header as is. */
function flaw(token: string): string | undefined {
  if (/[\r\n]/.test(token)) return 'a line break';
  if (/[\x00-\x1f\x7f]/.test(token)) return 'a control character';
  if (/[^\x20-\x7e]/.test(token)) return 'a non-ASCII character';
  return undefined;
}

/**
 * Refuses a stored or given token whose text could not be sent as it is: a line break would split
 * a header, other control characters and non-ASCII make Node throw mid-request. The message
 * names where the token came from, never the token.
 */
export function checkTokenText(located: LocatedTokenRecord, tokenDir: string): void {
  const { record, from } = located;
  const where =
    from === 'env'
      ? `the environment variable ${record.name.toUpperCase()}`
      : from === 'keychain'
        ? 'the OS keychain'
        : `${tokenDir}/${record.name}.json`;
  const parts: Array<[string, string | null | undefined]> = [
    ['access token', record.access_token],
    ['refresh token', record.refresh_token],
  ];
  for (const [what, token] of parts) {
    const problem = typeof token === 'string' ? flaw(token) : undefined;
    if (problem) throw new InputError(`The ${what} "${record.name}" from ${where} contains ${problem}; pinkit will not send it.`);
  }
}
