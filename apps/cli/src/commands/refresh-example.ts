import { Command } from 'clipanion';
import { InputError } from '../output/describe-error.js';
import { userSummary } from '../output/summaries.js';
import { showToken } from '../output/token-display.js';
import { openApi } from '../api/open-api.js';
import { ApiCommand } from '../base/api-command.js';

export class RefreshExampleCommand extends ApiCommand {
  static override paths = [['refresh-example']];

  static override usage = Command.Usage({
    category: 'Access tokens',
    description: 'Demonstrate refreshing an access token (changes nothing)',
    details: `
      A self-contained demonstration: reads the token named by \`-a\`, shows the hashes of its
      access and refresh tokens, refreshes it, shows the new hashes, and reads the user account
      with the new access token. Nothing is stored; use \`refresh-access-token\` for that.
    `,
    examples: [['Run the demonstration', '$0 refresh-example']],
  });

  protected async run() {
    this.requireAvailableVersion();
    const session = this.tokens();
    const located = await session.locate(this.accessTokenName);
    if (!located?.record.refresh_token) {
      throw new InputError(
        `No stored token named "${this.accessTokenName}" with a refresh token; ` +
          `run "pinkit get-access-token -w -a ${this.accessTokenName}" first.`,
      );
    }
    const out = this.output();
    await out.note(showToken('access token', located.record.access_token, false));
    await out.note(showToken('refresh token', located.record.refresh_token, false));
    // Refresh as if from the environment, so that nothing is written back.
    const refreshed = await session.refresh({ ...located, from: 'env' });
    await out.note('Refreshed. New values:');
    await out.note(showToken('access token', refreshed.access_token, false));
    await out.note(showToken('refresh token', refreshed.refresh_token, false));
    const user = await (await openApi(this.config(), refreshed.access_token, this.logger())).getUserAccount();
    await out.item(user, () => userSummary(user));
  }
}
