import { createHash, timingSafeEqual } from 'node:crypto';
import { AuthorizationDeniedError, MissingAuthorizationCodeError, StateMismatchError } from './errors.js';

// Hashing first gives equal-length buffers, so neither the comparison time nor an exception
// reveals how much of the state an attacker guessed, or its length.
function sameState(received: string | null, expected: string): boolean {
  if (received === null) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(received), digest(expected));
}

// `error_description` comes from the query string, so anyone can put terminal control sequences
// into it; it ends up in an error message the CLI prints.
function printable(value: string | null): string | undefined {
  if (value === null || value === '') return undefined;
  return value.replace(/\p{Cc}/gu, ' ').slice(0, 300);
}

/** What a redirect to the callback path means: a code, or the error to fail with. */
export function readCallback(params: URLSearchParams, expectedState: string): { code: string } | { error: Error } {
  if (!sameState(params.get('state'), expectedState)) return { error: new StateMismatchError() };
  const error = printable(params.get('error'));
  if (error !== undefined) return { error: new AuthorizationDeniedError(error, printable(params.get('error_description'))) };
  const code = params.get('code');
  if (!code) return { error: new MissingAuthorizationCodeError() };
  return { code };
}
