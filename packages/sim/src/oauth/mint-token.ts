import type { SeededRandom } from '../core/seeded-random.js';
import type { SimStore } from '../sim-store.js';
import type { TokenRecord } from './oauth-records.js';

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * Mints a token shaped like Pinterest's (`pina_…` access, `pinr_…` refresh) and stores it;
 * it expires `ttlSeconds` from the store's clock.
 */
export function mintToken(
  store: SimStore,
  random: SeededRandom,
  grant: { kind: TokenRecord['kind']; userId: string; appId: string; scopes: readonly string[]; ttlSeconds: number },
): TokenRecord {
  const prefix = grant.kind === 'access' ? 'pina_' : 'pinr_';
  let value = '';
  do value = prefix + random.string(TOKEN_ALPHABET, 48);
  while (store.tokens.has(value));
  const token: TokenRecord = {
    value,
    kind: grant.kind,
    userId: grant.userId,
    appId: grant.appId,
    scopes: [...grant.scopes],
    revoked: false,
    expiresAt: store.now() + grant.ttlSeconds * 1000,
  };
  store.addToken(token);
  return token;
}

/** Whether the token may still be used: not revoked and not past its lifetime. */
export function isLive(store: SimStore, token: TokenRecord): boolean {
  return !token.revoked && store.now() < token.expiresAt;
}
