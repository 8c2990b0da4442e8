import { Command } from 'clipanion';
import { ApiCommand } from '../../base/api-command.js';
import { refreshTokenWarning } from '../../config/refresh-token-warning.js';
import { EXIT_FAILURE } from '../../output/describe-error.js';
import { terminalSafe } from '../../output/terminal-safe.js';
import { describeExpiry } from '../../output/token-expiry.js';
import { checkToken } from './token-check.js';

export class AuthStatusCommand extends ApiCommand {
  static override paths = [['auth', 'status']];

  static override usage = Command.Usage({
    category: 'Access tokens',
    description: 'List the access tokens pinkit can use: whose they are, where they are kept, scopes, expiry',
    details: `
      Asks Pinterest, once per token and without refreshing it, which user each token belongs
      to. Exits 1 when a token is expired, refused or could not be checked, 0 when all are valid,
      so scripts can test it. Shows no secret: only names, users, stores, scopes and expiry times.
    `,
    examples: [
      ['Show the tokens', '$0 auth status'],
      ['As JSON lines', '$0 auth status --json'],
    ],
  });

  protected async run() {
    const store = await this.tokens().openStore();
    const located = await store.listLocated();
    const now = Date.now();
    const out = this.output();
    let healthy = true;
    for (const { record, from } of located) {
      const check = await checkToken(this.config(), record, this.logger(), now);
      healthy &&= check.state === 'valid';
      const summary = {
        name: record.name,
        user: check.username,
        state: check.state,
        reason: check.reason,
        store: from,
        scopes: record.scopes ?? [],
        has_refresh_token: Boolean(record.refresh_token),
        expires_at: record.expires_at ?? null,
        refresh_token_expires_at: record.refresh_token_expires_at ?? null,
      };
      await out.item(summary, () =>
        [
          `${record.name}  [${from}]  ${check.username ? `user ${terminalSafe(check.username)}` : 'user unknown'}  ` +
            (check.reason ? `${check.state.toUpperCase()}: ${check.reason}` : 'valid'),
          `  scopes: ${summary.scopes.length > 0 ? summary.scopes.join(',') : 'unknown'}`,
          `  ${describeExpiry('access token', record.expires_at, now)}; ` +
            (record.refresh_token ? describeExpiry('refresh token', record.refresh_token_expires_at, now) : 'no refresh token'),
        ].join('\n'),
      );
      const warning = refreshTokenWarning(record, now);
      if (warning) this.context.stderr.write(`warning: ${warning}\n`);
    }
    if (located.length === 0) await out.note('No access tokens found (environment, OS keychain or token files).');
    return healthy ? 0 : EXIT_FAILURE;
  }
}
