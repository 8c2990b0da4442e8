import { Command } from 'clipanion';
import { ApiCommand } from '../../base/api-command.js';
import { AuthRequiredError } from '../../output/describe-error.js';
import { signInCommand } from '../../config/sign-in-command.js';

export class AuthTokenCommand extends ApiCommand {
  static override paths = [['auth', 'token']];

  static override usage = Command.Usage({
    category: 'Access tokens',
    description: 'Print the stored access token, for scripts',
    details: `
      Prints the access token named by \`-a\` (default access_token) and a newline, and nothing
      else: the one place pinkit shows a token in clear without \`--cleartext\`, for
      \`curl -H "Authorization: Bearer $(pinkit auth token)"\`. Exits 4 when no such token is stored.
    `,
    examples: [
      ['Print the default token', '$0 auth token'],
      ['Print the token named work', '$0 auth token -a work'],
    ],
  });

  protected async run() {
    const located = await this.tokens().locate(this.accessTokenName);
    if (!located) {
      const signIn = signInCommand(this.accessTokenName, this.config().apiVersion);
      throw new AuthRequiredError(`No access token named "${this.accessTokenName}"; run "${signIn}" to sign in.`);
    }
    this.context.stdout.write(`${located.record.access_token}\n`);
  }
}
