import { Command, Option } from 'clipanion';
import { InputError } from '../output/describe-error.js';
import { showToken } from '../output/token-display.js';
import { describeExpiry } from '../output/token-expiry.js';
import { ApiCommand } from '../base/api-command.js';
import { cleartextOption } from '../base/options.js';
import { signInCommand } from '../config/sign-in-command.js';

export class RefreshAccessTokenCommand extends ApiCommand {
  static override paths = [['refresh-access-token']];

  static override usage = Command.Usage({
    category: 'Access tokens',
    description: 'Refresh a stored access token and store the result',
    details: `
      Exchanges the stored refresh token of the token named by \`-a\` for a new access token.
      Pinterest's refresh tokens are continuous: each refresh also answers a new refresh token
      that lives 60 days, and the one sent stops working. Both new tokens and their expiry times
      replace the stored ones in one atomic write, where the old ones were (a server that sends
      no new refresh token leaves the stored one in place). \`--continuous\` also sends the
      quickstart's \`refresh_on\` parameter; every refresh asks for a continuous refresh token.

      With \`-v 3\` it refreshes at v3's token endpoint, which answers only a new access
      token: the stored refresh token is kept. \`--continuous\` is v5 only.
    `,
    examples: [
      ['Refresh the default token', '$0 refresh-access-token'],
      ['Refresh the token named "writer" with continuous refresh', '$0 refresh-access-token -a writer --continuous'],
      ['Refresh a token of API v3', '$0 refresh-access-token -v 3 -a v3_token'],
    ],
  });

  cleartext = cleartextOption();
  continuous = Option.Boolean('--continuous', false, { description: "Also send the quickstart's refresh_on parameter" });

  protected async run() {
    // Continuous refresh tokens came with v5 (2025): v3 never sent a refresh token back.
    if (this.continuous && this.config().apiVersion === '3')
      throw new InputError('refresh-access-token: --continuous is v5 only (v3 never renewed refresh tokens); leave it out with -v 3.');
    const session = this.tokens();
    const located = await session.locate(this.accessTokenName);
    if (!located)
      throw new InputError(
        `No stored token named "${this.accessTokenName}"; run "${signInCommand(this.accessTokenName, this.config().apiVersion)}" first.`,
      );
    if (located.from === 'env') {
      throw new InputError(
        `Token "${this.accessTokenName}" comes from the environment variable ${this.accessTokenName.toUpperCase()}, ` +
          'which cannot be refreshed or rewritten; unset it to use the stored token.',
      );
    }
    const updated = await session.refresh(located, { continuous: this.continuous });
    const out = this.output();
    await out.note(showToken('access token', updated.access_token, this.cleartext));
    await out.note(showToken('refresh token', updated.refresh_token, this.cleartext));
    await out.note(describeExpiry('refresh token', updated.refresh_token_expires_at, Date.now()));
    this.context.stderr.write(
      `Refreshed and stored token "${updated.name}" (${located.from === 'keychain' ? 'OS keychain' : 'token file'}).\n`,
    );
    if (this.json)
      await out.item(
        {
          name: updated.name,
          scopes: updated.scopes,
          expires_at: updated.expires_at,
          refresh_token_expires_at: updated.refresh_token_expires_at,
        },
        () => '',
      );
  }
}
