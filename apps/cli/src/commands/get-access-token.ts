import { Command, Option } from 'clipanion';
import * as t from 'typanion';
import type { OAuthTokens } from '@pinkit/oauth';
import type { LocatedTokenRecord, TokenRecord } from '@pinkit/token-store';
import { InputError } from '../output/describe-error.js';
import { showToken } from '../output/token-display.js';
import { describeExpiry } from '../output/token-expiry.js';
import { ApiCommand } from '../base/api-command.js';
import { cleartextOption } from '../base/options.js';
import { refuseV3Sandbox } from '../base/refuse-v3-sandbox.js';
import { readUserAccount, type UserAccount } from '../base/read-user-account.js';
import { isRefreshRefused, type TokenSession } from '../config/token-session.js';

// Past 2^31-1 ms Node's timers fire at once (with a TimeoutOverflowWarning); a day is ample for a sign-in.
const MAX_TIMEOUT_SECONDS = 86_400;

export class GetAccessTokenCommand extends ApiCommand {
  static override paths = [['get-access-token']];

  static override usage = Command.Usage({
    category: 'Access tokens',
    description: 'Sign in with OAuth 2.0 and show (or store) the access token',
    details: `
      Reuses the token named by \`-a\` when the environment or the token store has one that
      covers the scopes; otherwise opens the browser at Pinterest's consent page (or prints its
      URL when no browser starts) and exchanges the answer for tokens. With \`-c\` it uses the
      client-credentials grant instead, without a browser. Tokens are shown as SHA-256 hashes
      unless \`--cleartext\`; \`-w\` stores them (the OS keychain when one answers, else a file
      readable only by you). Then it reads the user account with the token.

      With \`-v 3\` it asks for v3 scopes (default: every scope your app is approved for,
      as the quickstart did; composites such as read_organic are accepted) and exchanges the code
      at v3's token endpoint; \`-c\` is v5 only.

      Needs PINTEREST_APP_ID and PINTEREST_APP_SECRET. The browser returns to
      PINTEREST_REDIRECT_URI (default http://localhost:8085/), which must be a redirect URI of
      your app.
    `,
    examples: [
      ['Sign in with the default scopes and store the token', '$0 get-access-token -w'],
      ['Ask for write access too, under another name', '$0 get-access-token -w -a writer -s boards:read,boards:write,pins:read,pins:write'],
      ['List the scopes', '$0 get-access-token -s help'],
      ['Sign in on API v3 with its composite read scope', '$0 get-access-token -v 3 -w -s read_organic'],
    ],
  });

  write = Option.Boolean('-w,--write', false, { description: 'Store the token in the token store' });
  cleartext = cleartextOption();
  scopes = Option.String('-s,--scopes', {
    description:
      'Comma-separated scopes, or "help" to list them (v5 default: user_accounts:read,pins:read,boards:read; ' +
      'v3 default: all the app is approved for)',
  });
  clientCredentials = Option.Boolean('-c,--client-credentials', false, {
    description: "Use the client-credentials grant (the app owner's account, no browser)",
  });
  timeout = Option.String('--timeout', '300', {
    description: 'Seconds to wait for the browser sign-in (default 300)',
    validator: t.cascade(t.isNumber(), [t.isInteger(), t.isAtLeast(1), t.isAtMost(MAX_TIMEOUT_SECONDS)]),
  });

  protected async run() {
    const config = this.config();
    const version = config.apiVersion;
    const { parseScopes, formatScopeHelp, DEFAULT_V5_SCOPES, createOAuthClient } = await import('@pinkit/oauth');
    // What a list of scopes grants: v3's composites (read_organic) stand for several.
    const { grantedScopes, scopesFor } = await import('@pinkit/account/scopes');
    const granted = version === '3' ? await grantedScopes(3) : (list: readonly string[]) => list;
    if (this.scopes?.trim().toLowerCase() === 'help') {
      for (const line of formatScopeHelp(version)) this.context.stdout.write(`${line}\n`);
      return;
    }
    if (this.clientCredentials && version === '3') {
      throw new InputError('get-access-token: API v3 had no client-credentials grant; -c needs -v 5 (the default).');
    }
    refuseV3Sandbox(config);
    const requested = parseScopes(this.scopes ?? '', version);
    // v3 with no -s asks for no scope, which grants every scope the app is approved for, as the
    // quickstart's v3 did.
    const scopes = version === '5' && requested.length === 0 ? [...DEFAULT_V5_SCOPES] : requested;
    // The command reads the user account with the token it gets: without this scope that read
    // fails with a 403 after the sign-in, and the stored token cannot do what the command shows.
    const [userScope = ''] = scopesFor(version === '3' ? 3 : 5, ['getUserAccount']);
    if (scopes.length > 0 && !granted(scopes).includes(userScope)) {
      scopes.unshift(userScope);
      this.context.stderr.write(`note: added ${userScope} to the scopes: get-access-token needs it to show the signed-in user.\n`);
    }
    if (!config.appId || !config.appSecret) {
      throw new InputError(
        'Set PINTEREST_APP_ID and PINTEREST_APP_SECRET to the id and secret of your Pinterest app ' +
          '(for a local trial, "pinkit sim" prints them).',
      );
    }
    this.logger().log(1, `Using application ID and secret from ${config.credentialSource}.`);

    const session = this.tokens(Number(this.timeout) * 1000);
    const name = this.accessTokenName;
    let record: TokenRecord | undefined;
    let account: UserAccount | undefined;
    const reusable = this.clientCredentials ? undefined : await session.locate(name);
    // A stored token of the other version (only v5 scopes, on -v 3) is no token for this one.
    const ofThisVersion = (have: readonly string[]) => have.some((scope) => isScopeOf(scope, version, parseScopes));
    if (reusable && covers(reusable.record.scopes, scopes, { granted, ofThisVersion })) {
      ({ record, account } = (await this.liveToken(session, reusable)) ?? {});
    }
    // Found out before the browser opens, not after the user has approved access.
    if (!record && this.write) await (await session.openStore()).assertWritable(name);
    if (!record) {
      const tokens: OAuthTokens = this.clientCredentials
        ? await createOAuthClient({ ...config, logger: this.logger() }).clientCredentials({ scopes })
        : await session.signIn(scopes);
      record = session.toRecord(name, tokens);
    }

    const out = this.output();
    await out.note(showToken('access token', record.access_token, this.cleartext));
    await out.note(showToken('refresh token', record.refresh_token, this.cleartext));
    if (record.refresh_token) await out.note(describeExpiry('refresh token', record.refresh_token_expires_at, Date.now()));
    if (this.write) {
      const where = await session.save(record);
      this.context.stderr.write(`Stored token "${name}" in ${where}.\n`);
    }
    const { user, summary } = account ?? (await this.readUser(record.access_token));
    await out.item(
      this.json
        ? { name, scopes: record.scopes, expires_at: record.expires_at, refresh_token_expires_at: record.refresh_token_expires_at, user }
        : user,
      () => summary,
    );
  }

  private async readUser(accessToken: string): Promise<UserAccount> {
    return readUserAccount(this.config(), accessToken, this.logger());
  }

  /**
   * The stored token and its user when Pinterest still takes it, renewed with its refresh token
   * if need be; undefined when Pinterest refuses both, so that a revoked token is not shown and
   * stored again as if it worked.
   */
  private async liveToken(session: TokenSession, located: LocatedTokenRecord) {
    const { name } = located.record;
    const refused = (error: unknown) => error instanceof Error && (error as { status?: unknown }).status === 401;
    try {
      const account = await this.readUser(located.record.access_token);
      this.logger().log(1, `Using the existing token "${name}" from the ${located.from === 'env' ? 'environment' : located.from}.`);
      return { record: located.record, account };
    } catch (error) {
      if (!refused(error)) throw error;
    }
    if (located.record.refresh_token && located.from !== 'env') {
      try {
        const record = await session.refresh(located);
        this.logger().log(1, `Renewed the existing token "${name}" with its refresh token.`);
        return { record, account: await this.readUser(record.access_token) };
      } catch (error) {
        if (!refused(error) && !isRefreshRefused(error)) throw error;
      }
    }
    this.context.stderr.write(`Pinterest refused the stored token "${name}" (expired or revoked); signing in again.\n`);
    return undefined;
  }
}

function isScopeOf(scope: string, version: '3' | '5', parseScopes: (input: string, version: '3' | '5') => string[]): boolean {
  try {
    return parseScopes(scope, version).length > 0;
  } catch {
    return false;
  }
}

function covers(
  have: readonly string[] | undefined,
  want: readonly string[],
  scopes: { granted: (list: readonly string[]) => readonly string[]; ofThisVersion: (list: readonly string[]) => boolean },
): boolean {
  // A token from the environment has no recorded scopes: trust it, as the quickstart does.
  if (!have || have.length === 0) return true;
  if (!scopes.ofThisVersion(have)) return false;
  const granted = scopes.granted(have);
  return want.every((scope) => granted.includes(scope));
}
