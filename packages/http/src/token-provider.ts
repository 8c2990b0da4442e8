import { argumentsOf } from '@pinkit/arguments';
import { TOKEN_RULES } from './client-arguments.js';

/**
 * Supplies the bearer token for each request. A provider that can `refresh` lets the client
 * recover once from an expired access token (401): refresh, store, retry.
 */
export interface TokenProvider {
  getAccessToken(): Promise<string>;
  /** Obtains a new access token (and saves it); the client calls it at most once per request. */
  refresh?(): Promise<string>;
}

/** A provider for a fixed token string, for scripts and tests. */
export function staticToken(accessToken: string): TokenProvider {
  argumentsOf('staticToken').string(accessToken, 'accessToken', TOKEN_RULES);
  return { getAccessToken: async () => accessToken };
}
