// What the token examples share: the quickstart's variables, and the token store they keep tokens in.
import { createTokenStore, type TokenRecord } from '@pinkit/token-store';
import type { OAuthTokens } from '@pinkit/oauth';

export const env = process.env;

/** The app and hosts as the quickstart reads them; unset hosts mean Pinterest's own. */
export const appConfig = {
  apiUri: env.PINTEREST_API_URI,
  oauthUri: env.PINTEREST_OAUTH_URI,
  appId: env.PINTEREST_APP_ID,
  appSecret: env.PINTEREST_APP_SECRET,
  redirectUri: env.PINTEREST_REDIRECT_URI,
};

/** The OS keychain when it answers, else `<PINTEREST_OAUTH_TOKEN_DIR>/<name>.json` (0600), as the quickstart's files. */
export const tokenStore = createTokenStore({
  dir: env.PINTEREST_OAUTH_TOKEN_DIR || './oauth_tokens',
  onNotice: (message) => console.error(message),
});

/** The record to store for freshly issued tokens, keeping the old refresh token when none came back. */
export function toRecord(name: string, tokens: OAuthTokens, previous?: TokenRecord): TokenRecord {
  return {
    name,
    access_token: tokens.access_token,
    refresh_token: tokens.refresh_token ?? previous?.refresh_token ?? null,
    scopes: tokens.scopes.length > 0 ? tokens.scopes : (previous?.scopes ?? []),
    ...(tokens.expires_at ? { expires_at: tokens.expires_at } : {}),
    ...(tokens.refresh_token_expires_at ? { refresh_token_expires_at: tokens.refresh_token_expires_at } : {}),
  };
}
