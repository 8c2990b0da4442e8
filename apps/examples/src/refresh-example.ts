// The quickstart's refresh_example: refresh the stored token and show that the new access token
// reads the same account. Tokens are shown only as hashes. Pinterest's refresh tokens are renewed
// on each refresh and the old one stops working, so the new pair is stored.
// It stands alone (no sibling file), so it runs copied into any project.
// Usage: tsx src/refresh-example.ts
import { createHash } from 'node:crypto';
import { createV5Client } from '@pinkit/api-v5';
import { createOAuthClient } from '@pinkit/oauth';
import { createTokenStore } from '@pinkit/token-store';

const env = process.env;
const tokenStore = createTokenStore({
  dir: env.PINTEREST_OAUTH_TOKEN_DIR || './oauth_tokens',
  onNotice: (message) => console.error(message),
});

// Enough of a hash to tell two tokens apart, without giving either away.
const hash = (token: string | undefined | null) => (token ? createHash('sha256').update(token).digest('hex').slice(0, 12) : 'none');

const stored = await tokenStore.get('access_token');
if (!stored?.refresh_token) {
  console.error('No token with a refresh token is stored: run get-access-token.ts first.');
  process.exit(1);
}
console.log(`stored:    access ${hash(stored.access_token)}  refresh ${hash(stored.refresh_token)}`);
const oauth = createOAuthClient({ apiUri: env.PINTEREST_API_URI, appId: env.PINTEREST_APP_ID, appSecret: env.PINTEREST_APP_SECRET });
const tokens = await oauth.refresh({ refreshToken: stored.refresh_token });
console.log(`refreshed: access ${hash(tokens.access_token)}  refresh ${hash(tokens.refresh_token)}`);
// The answer may leave out the refresh token (then the stored one stays valid) and the scopes.
await tokenStore.set({
  ...stored,
  access_token: tokens.access_token,
  refresh_token: tokens.refresh_token ?? stored.refresh_token,
  scopes: tokens.scopes.length > 0 ? tokens.scopes : stored.scopes,
  expires_at: tokens.expires_at,
  refresh_token_expires_at: tokens.refresh_token_expires_at ?? stored.refresh_token_expires_at,
});
const me = await createV5Client({ apiUri: env.PINTEREST_API_URI, token: tokens.access_token }).userAccount.get();
console.log(`The new access token reads the account of ${me.username}.`);
