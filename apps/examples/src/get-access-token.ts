// Sign in through the browser (OAuth 2.0 authorization code flow) and keep the token, as the
// quickstart's get_access_token does.  Usage: tsx src/get-access-token.ts [SCOPES]
// Needs PINTEREST_APP_ID and PINTEREST_APP_SECRET; SCOPES is a comma-separated list such as
// boards:read,pins:read (the quickstart's READ_USERS style names work too).
import { OAuthError, parseScopes, runAuthorizationCodeFlow } from '@pinkit/oauth';
import { appConfig, tokenStore, toRecord } from './token-env.js';

try {
  const scopes = parseScopes(process.argv[2] ?? 'user_accounts:read,boards:read,pins:read', 5);
  // Fail before the browser opens when the token could not be kept (e.g. a keychain-only setup without one).
  await tokenStore.assertWritable('access_token');
  const tokens = await runAuthorizationCodeFlow({
    config: appConfig,
    version: 5,
    scopes,
    // A browser opens by itself where there is one; elsewhere (SSH, CI) the URL is for the user to open.
    onAuthorizeUrl: (url, opened) => {
      if (!opened) console.log(`Open this address in a browser to sign in:\n${url}`);
    },
  });
  await tokenStore.set(toRecord('access_token', tokens));
  console.log(`Signed in with scopes ${tokens.scopes.join(', ')}; the token is kept in the ${tokenStore.kind} store.`);
} catch (error) {
  // Every failure of the flow (refused consent, wrong app secret, a timeout) is a named OAuthError with a message to act on.
  if (error instanceof OAuthError) {
    console.error(`${error.name}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
