// Trade the stored refresh token for a new access token, as the quickstart's
// refresh_access_token does.  Usage: tsx src/refresh-access-token.ts [TOKEN_NAME]
import { createOAuthClient, OAuthError } from '@pinkit/oauth';
import { appConfig, tokenStore, toRecord } from './token-env.js';

const name = process.argv[2] ?? 'access_token';
const stored = await tokenStore.get(name);
if (!stored?.refresh_token) {
  console.error(`No refresh token stored as "${name}": run get-access-token.ts first.`);
  process.exit(1);
}
try {
  const oauth = createOAuthClient(appConfig);
  const tokens = await oauth.refresh({ refreshToken: stored.refresh_token });
  // Pinterest's continuous refresh tokens are renewed on each refresh: keep the new one.
  await tokenStore.set(toRecord(name, tokens, stored));
  console.log(`Refreshed "${name}"; the access token now expires at ${tokens.expires_at ?? 'an unknown time'}.`);
} catch (error) {
  if (error instanceof OAuthError) {
    console.error(`${error.name}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
