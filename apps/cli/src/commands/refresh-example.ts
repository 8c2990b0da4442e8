import { Command } from 'clipanion';
import { InputError } from '../output/describe-error.js';
import { showToken } from '../output/token-display.js';
import { describeExpiry } from '../output/token-expiry.js';
import { readUserAccount } from '../base/read-user-account.js';
import { ApiCommand } from '../base/api-command.js';
import { signInCommand } from '../config/sign-in-command.js';

export class RefreshExampleCommand extends ApiCommand {
  static override paths = [['refresh-example']];

  static override usage = Command.Usage({
    category: 'Access tokens',
    description: 'Demonstrate refreshing an access token',
    details: `
      A self-contained demonstration: reads the token named by \`-a\`, shows the hashes of its
      access and refresh tokens, refreshes it, shows the new hashes and when the refresh token
      expires, and reads the user account with the new access token. Pinterest renews the
      refresh token on every refresh and the old one stops working, so the renewed tokens are
      stored where the token was found (only when a server sends no new refresh token is nothing
      written); \`refresh-access-token\` is the command for everyday use. On \`-v 3\` the
      refresh answers only an access token and the refresh token stays as it was.
    `,
    examples: [['Run the demonstration', '$0 refresh-example']],
  });

  protected async run() {
    const session = this.tokens();
    const located = await session.locate(this.accessTokenName);
    if (!located?.record.refresh_token) {
      throw new InputError(
        `No stored token named "${this.accessTokenName}" with a refresh token; ` +
          `run "${signInCommand(this.accessTokenName, this.config().apiVersion)}" first.`,
      );
    }
    const out = this.output();
    await out.note(showToken('access token', located.record.access_token, false));
    await out.note(showToken('refresh token', located.record.refresh_token, false));
    // Refreshed as if from the environment, so that nothing is written back unless it must be.
    const refreshed = await session.refresh({ ...located, from: 'env' });
    await out.note('Refreshed. New values:');
    await out.note(showToken('access token', refreshed.access_token, false));
    await out.note(showToken('refresh token', refreshed.refresh_token, false));
    await out.note(describeExpiry('refresh token', refreshed.refresh_token_expires_at, Date.now()));
    // The stored refresh token no longer works once Pinterest renewed it: keeping the new one is
    // the only way the demonstration leaves the user signed in.
    if (refreshed.refresh_token !== located.record.refresh_token && located.from !== 'env') {
      const where = await session.save(refreshed);
      this.context.stderr.write(`Stored the renewed tokens of "${refreshed.name}" in ${where}; the old refresh token no longer works.\n`);
    }
    const { user, summary } = await readUserAccount(this.config(), refreshed.access_token, this.logger());
    await out.item(user, () => summary);
  }
}
