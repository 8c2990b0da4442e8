import type { TokenRecord } from '@pinkit/token-store';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A week's notice before a refresh token lapses (or word that it has): after that only the browser
 * sign-in gets a new one. Undefined when there is time left or no expiry is known.
 */
export function refreshTokenWarning(record: TokenRecord, now: number): string | undefined {
  const at = record.refresh_token_expires_at ? Date.parse(record.refresh_token_expires_at) : NaN;
  if (Number.isNaN(at) || at - now > WEEK_MS) return undefined;
  const when = at <= now ? 'has expired' : `expires ${record.refresh_token_expires_at}`;
  return `the refresh token of "${record.name}" ${when}; run "pinkit get-access-token -w -a ${record.name}" to sign in again.`;
}
