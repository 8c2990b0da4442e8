// The quickstart's refresh_example: refresh the stored token and show that the new access token
// reads the same account. Tokens are shown only as hashes. Pinterest's refresh tokens are renewed
// on each refresh and the old one stops working, so the new pair is stored.
// Usage: tsx src/refresh-example.ts
import { createHash } from 'node:crypto';
import { createV5Client } from '@pinkit/api-v5';
import { createOAuthClient } from '@pinkit/oauth';
import { appConfig, tokenStore, toRecord } from './token-env.js';

// Enough of a hash to tell two tokens apart, without giving either away.
const hash = (token: string | undefined | null) => (token ? createHash('sha256').update(token).digest('hex').slice(0, 12) : 'none');

const stored = await tokenStore.get('access_token');
if (!stored?.refresh_token) {
  console.error('No token with a refresh token is stored: run get-access-token.ts first.');
  process.exit(1);
}
console.log(`stored:    access ${hash(stored.access_token)}  refresh ${hash(stored.refresh_token)}`);
const tokens = await createOAuthClient(appConfig).refresh({ refreshToken: stored.refresh_token });
console.log(`refreshed: access ${hash(tokens.access_token)}  refresh ${hash(tokens.refresh_token)}`);
await tokenStore.set(toRecord('access_token', tokens, stored));
const me = await createV5Client({ apiUri: appConfig.apiUri, token: tokens.access_token }).userAccount.get();
console.log(`The new access token reads the account of ${me.username}.`);
