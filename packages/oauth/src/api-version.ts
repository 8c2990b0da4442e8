import { describeValue } from '@pinkit/arguments';
import { OAuthError } from './errors.js';

/** A Pinterest API version, as a string (the CLI's `-v 3`) or a number (what JavaScript callers write). */
export type ApiVersion = '3' | '5' | 3 | 5;

/** A version that is neither 3 nor 5. Without this check a typo such as 55 silently meant v3. */
export class UnknownApiVersionError extends OAuthError {
  override name = 'UnknownApiVersionError';
  constructor(readonly value: unknown) {
    super(`Unknown Pinterest API version ${shown(value)}: use 5 (or 3 for the legacy API).`);
  }
}

// A short string or a number is shown as typed; anything else (a bigint, a pasted paragraph) by its kind.
function shown(value: unknown): string {
  if (typeof value === 'number' || (typeof value === 'string' && value.length <= 20)) return JSON.stringify(value) ?? String(value);
  return describeValue(value);
}

/** The version as '3' or '5'; throws UnknownApiVersionError on anything else. */
export function apiVersion(value: unknown): '3' | '5' {
  if (value === '5' || value === 5) return '5';
  if (value === '3' || value === 3) return '3';
  throw new UnknownApiVersionError(value);
}
