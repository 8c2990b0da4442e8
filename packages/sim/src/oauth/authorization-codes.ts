import { failures } from '../core/pinterest-failure.js';
import type { SeededRandom } from '../core/seeded-random.js';
import type { SimStore } from '../sim-store.js';
import type { AppRecord, AuthorizationCodeRecord } from './oauth-records.js';
import { AUTHORIZATION_CODE_TTL_SECONDS } from './token-lifetimes.js';

const CODE_ALPHABET = '0123456789abcdef';

/** Records what the user allowed and returns the code the browser carries back to the app. */
export function issueAuthorizationCode(
  store: SimStore,
  random: SeededRandom,
  grant: { appId: string; userId: string; redirectUri: string; scopes: readonly string[] | null },
): string {
  let value = '';
  do value = random.string(CODE_ALPHABET, 40);
  while (store.authorizationCodes.has(value));
  const record: AuthorizationCodeRecord = {
    value,
    appId: grant.appId,
    userId: grant.userId,
    redirectUri: grant.redirectUri,
    scopes: grant.scopes === null ? null : [...grant.scopes],
    expiresAt: store.now() + AUTHORIZATION_CODE_TTL_SECONDS * 1000,
    used: false,
  };
  store.authorizationCodes.set(value, record);
  return value;
}

// Messages avoid "code: …" and "token: …": clients redact what follows those as secrets.

/**
 * Takes the code out of circulation and returns what it grants. A code works once, for the app
 * it was issued to, within its lifetime, and only with the redirect URI of its authorize
 * request (RFC 6749 §4.1.3); a refused exchange leaves an unused code usable.
 */
export function redeemAuthorizationCode(store: SimStore, app: AppRecord, code: string, redirectUri: string): AuthorizationCodeRecord {
  const record = store.authorizationCodes.get(code);
  if (!record || record.appId !== app.id) throw failures.invalidParameters('This authorization code was never given to this app.');
  if (record.used) throw failures.invalidParameters('This authorization code has already been exchanged; a code works only once.');
  if (store.now() >= record.expiresAt) {
    throw failures.invalidParameters(
      `This authorization code expired (codes live ${AUTHORIZATION_CODE_TTL_SECONDS / 60} minutes); authorize again.`,
    );
  }
  if (record.redirectUri !== redirectUri) {
    throw failures.invalidParameters(
      'Invalid redirect_uri: it must be exactly the redirect_uri of the authorize request that produced the code.',
    );
  }
  record.used = true;
  return record;
}
