import { TokenResponseError, type TokenOperation } from './errors.js';

// Checks for the fields of a token answer, which come from the network and end up in a token file
// and in Authorization headers: a CR/LF there would split a header, a non-number expiry would
// throw "Invalid time value" far from its cause.

/** Long enough for any Pinterest token seen (about 100 characters), short enough to refuse junk. */
const MAX_TOKEN_LENGTH = 4096;
/** A hundred years: beyond it `new Date` is no longer meaningful for an expiry. */
const MAX_SECONDS = 100 * 366 * 24 * 3600;
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/** A token: a non-empty string of visible ASCII (no spaces, CR/LF or control characters). */
export function readToken(value: unknown, field: string, operation: TokenOperation): string {
  if (typeof value !== 'string' || value.length > MAX_TOKEN_LENGTH || !VISIBLE_ASCII.test(value))
    throw new TokenResponseError(field, `a token of visible ASCII characters, at most ${MAX_TOKEN_LENGTH} long`, operation);
  return value;
}

/** An optional token; `null` counts as absent. */
export function readOptionalToken(value: unknown, field: string, operation: TokenOperation): string | undefined {
  return value === undefined || value === null ? undefined : readToken(value, field, operation);
}

/**
 * An optional count of seconds: a finite, non-negative number. The spec says number; a string of
 * digits is taken too, since reading "3600" as 3600 cannot surprise anyone.
 */
export function readOptionalSeconds(value: unknown, field: string, operation: TokenOperation): number | undefined {
  if (value === undefined || value === null) return undefined;
  const seconds = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : value;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_SECONDS)
    throw new TokenResponseError(field, 'a number of seconds', operation);
  return seconds;
}

/** An optional epoch time in seconds, e.g. `refresh_token_expires_at`. */
export function readOptionalEpochSeconds(value: unknown, field: string, operation: TokenOperation): number | undefined {
  if (value === undefined || value === null) return undefined;
  // Between 1970 and the year 5000: anything else is not a time Pinterest meant.
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 95_617_584_000)
    throw new TokenResponseError(field, 'a time in seconds since 1970', operation);
  return value;
}

/** An optional single-line string (scope, token_type, response_type); `null` counts as absent. */
export function readOptionalText(value: unknown, field: string, operation: TokenOperation): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || /[\x00-\x1f\x7f]/.test(value)) throw new TokenResponseError(field, 'a single-line string', operation);
  return value;
}
