import { Command, Option } from 'clipanion';
import { InputError } from '../../output/describe-error.js';
import { ApiCommand } from '../../base/api-command.js';
import { required } from '../../base/pinkit-command.js';

export class AuthLogoutCommand extends ApiCommand {
  static override paths = [['auth', 'logout']];

  static override usage = Command.Usage({
    category: 'Access tokens',
    description: 'Revoke a stored access token where Pinterest allows it, then delete it',
    details: `
      Asks Pinterest to revoke the token (v5 allows this only for some apps; a refusal is
      reported and the local copy is deleted anyway), then removes it from the OS keychain and
      the token file.
    `,
    examples: [['Log out of the default token', '$0 auth logout access_token']],
  });

  tokenName = Option.String({ required: false, name: 'name' });

  protected async run() {
    const name = required(this.tokenName, 'NAME', 'which stored token to delete (see "pinkit auth status")');
    const session = this.tokens();
    const located = await session.locate(name);
    if (!located) throw new InputError(`No token named "${name}" is stored.`);
    if (located.from === 'env')
      throw new InputError(`Token "${name}" comes from the environment variable ${name.toUpperCase()}; unset it instead.`);
    try {
      await (await session.oauthClient()).revoke({ token: located.record.access_token, tokenTypeHint: 'access_token' });
      this.context.stderr.write(`Revoked token "${name}" at Pinterest.\n`);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.context.stderr.write(`note: Pinterest did not revoke token "${name}" (${why}); deleting the local copy anyway.\n`);
    }
    await (await session.openStore()).delete(name);
    this.context.stderr.write(`Deleted token "${name}".\n`);
  }
}
