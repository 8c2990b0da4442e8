import { Command, Option } from 'clipanion';
import * as t from 'typanion';
import type { OAuthTokens } from '@pinkit/oauth';
import type { LocatedTokenRecord, TokenRecord } from '@pinkit/token-store';
import { InputError } from '../output/describe-error.js';
import { userSummary } from '../output/summaries.js';
import { showToken } from '../output/token-display.js';
import { describeExpiry } from '../output/token-expiry.js';
import { ApiCommand } from '../base/api-command.js';
import { cleartextOption } from '../base/options.js';
import { openApi } from '../api/open-api.js';
import { isRefreshRefused, type TokenSession } from '../config/token-session.js';

// Past 2^31-1 ms Node's timers fire at once (with a TimeoutOverflowWarning); a day is ample for a sign-in.
const MAX_TIMEOUT_SECONDS = 86_400;
const USER_ACCOUNT_SCOPE = 'user_accounts:read';

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

      Needs PINTEREST_APP_ID and PINTEREST_APP_SECRET. The browser returns to
      PINTEREST_REDIRECT_URI (default http://localhost:8085/), which must be a redirect URI of
      your app.
    `,
    examples: [
      ['Sign in with the default scopes and store the token', '$0 get-access-token -w'],
      ['Ask for write access too, under another name', '$0 get-access-token -w -a writer -s boards:read,boards:write,pins:read,pins:write'],
      ['List the scopes', '$0 get-access-token -s help'],
    ],
  });

  write = Option.Boolean('-w,--write', false, { description: 'Store the token in the token store' });
  cleartext = cleartextOption();
  scopes = Option.String('-s,--scopes', {
    description: 'Comma-separated scopes, or "help" to list them (v5 default: user_accounts:read,pins:read,boards:read)',
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
    if (this.scopes?.trim().toLowerCase() === 'help') {
      for (const line of formatScopeHelp(version)) this.context.stdout.write(`${line}\n`);
      return;
    }
    const requested = parseScopes(this.scopes ?? '', version);
    const scopes = version === '5' && requested.length === 0 ? [...DEFAULT_V5_SCOPES] : requested;
    // The command reads the user account with the token it gets: without this scope that read
    // fails with a 403 after the sign-in, and the stored token cannot do what the command shows.
    if (version === '5' && !scopes.includes(USER_ACCOUNT_SCOPE)) {
      scopes.unshift(USER_ACCOUNT_SCOPE);
      this.context.stderr.write(`note: added ${USER_ACCOUNT_SCOPE} to the scopes: get-access-token needs it to show the signed-in user.\n`);
    }
    if (!config.appId || !config.appSecret) {
      throw new InputError(
        'Set PINTEREST_APP_ID and PINTEREST_APP_SECRET to the id and secret of your Pinterest app ' +
          '(for a local trial, "pinkit sim" prints them).',
      );
    }
    this.logger().log(1, `Using application ID and secret from ${config.credentialSource}.`);
    this.requireAvailableVersion();

    const session = this.tokens(Number(this.timeout) * 1000);
    const name = this.accessTokenName;
    let record: TokenRecord | undefined;
    let user: Awaited<ReturnType<typeof this.readUser>> | undefined;
    const reusable = this.clientCredentials ? undefined : await session.locate(name);
    if (reusable && covers(reusable.record.scopes, scopes)) ({ record, user } = (await this.liveToken(session, reusable)) ?? {});
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
    user ??= await this.readUser(record.access_token);
    await out.item(
      this.json
        ? { name, scopes: record.scopes, expires_at: record.expires_at, refresh_token_expires_at: record.refresh_token_expires_at, user }
        : user,
      () => userSummary(user),
    );
  }

  private async readUser(accessToken: string) {
    return (await openApi(this.config(), accessToken, this.logger())).getUserAccount();
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
      const user = await this.readUser(located.record.access_token);
      this.logger().log(1, `Using the existing token "${name}" from the ${located.from === 'env' ? 'environment' : located.from}.`);
      return { record: located.record, user };
    } catch (error) {
      if (!refused(error)) throw error;
    }
    if (located.record.refresh_token && located.from !== 'env') {
      try {
        const record = await session.refresh(located);
        this.logger().log(1, `Renewed the existing token "${name}" with its refresh token.`);
        return { record, user: await this.readUser(record.access_token) };
      } catch (error) {
        if (!refused(error) && !isRefreshRefused(error)) throw error;
      }
    }
    this.context.stderr.write(`Pinterest refused the stored token "${name}" (expired or revoked); signing in again.\n`);
    return undefined;
  }
}

function covers(have: readonly string[] | undefined, want: readonly string[]): boolean {
  // A token from the environment has no recorded scopes: trust it, as the quickstart does.
  if (!have || have.length === 0) return true;
  return want.every((scope) => have.includes(scope));
}
