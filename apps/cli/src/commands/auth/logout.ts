import { Command } from 'clipanion';
import { InputError } from '../../output/describe-error.js';
import { ApiCommand } from '../../base/api-command.js';
import { requiredArgument } from '../../base/required-option.js';

export class AuthLogoutCommand extends ApiCommand {
  static override paths = [['auth', 'logout']];

  static override usage = Command.Usage({
    category: 'Access tokens',
    description: 'Revoke a stored token where Pinterest allows it, then delete it',
    details: `
      Asks Pinterest to revoke the access token and the refresh token (v5 allows this only for
      some apps; each refusal is reported and the local copy is deleted anyway), then removes
      the token from the OS keychain and the token file.
    `,
    examples: [['Log out of the default token', '$0 auth logout access_token']],
  });

  tokenName = requiredArgument('NAME', 'which stored token to delete (see "pinkit auth status")');

  protected async run() {
    const name = this.tokenName;
    const session = this.tokens();
    // Unchecked: a token whose text is damaged can still be deleted (a revocation sends it form-encoded).
    const located = await session.locate(name, { check: false });
    if (!located) throw new InputError(`No token named "${name}" is stored.`);
    if (located.from === 'env')
      throw new InputError(`Token "${name}" comes from the environment variable ${name.toUpperCase()}; unset it instead.`);
    // The refresh token too: left alive it keeps minting access tokens after the logout.
    const client = await session.oauthClient();
    const { access_token: accessToken, refresh_token: refreshToken } = located.record;
    const parts: Array<{ what: string; token: string; hint: 'access_token' | 'refresh_token' }> = [
      { what: 'access token', token: accessToken, hint: 'access_token' },
    ];
    if (refreshToken) parts.push({ what: 'refresh token', token: refreshToken, hint: 'refresh_token' });
    const revoked: string[] = [];
    const notes: string[] = [];
    for (const { what, token, hint } of parts) {
      try {
        await client.revoke({ token, tokenTypeHint: hint });
        revoked.push(what);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        notes.push(`note: Pinterest did not revoke the ${what} of "${name}" (${why}); it stays valid until it expires.\n`);
      }
    }
    if (revoked.length > 0) this.context.stderr.write(`Revoked the ${revoked.join(' and the ')} of "${name}" at Pinterest.\n`);
    for (const note of notes) this.context.stderr.write(note);
    if (notes.length > 0) this.context.stderr.write('Deleting the local copy anyway.\n');
    await (await session.openStore()).delete(name);
    this.context.stderr.write(`Deleted token "${name}".\n`);
  }
}
