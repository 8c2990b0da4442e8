import { Command } from 'clipanion';
import type { TokenRecord } from '@pinkit/token-store';
import { ApiCommand } from '../../base/api-command.js';
import { describeExpiry } from '../../output/token-expiry.js';

const DAY = 24 * 60 * 60 * 1000;

/** Warn a week ahead: after that the user has to sign in with the browser again. */
function warning(record: TokenRecord, now: number): string | undefined {
  const at = record.refresh_token_expires_at ? Date.parse(record.refresh_token_expires_at) : NaN;
  if (Number.isNaN(at) || at - now > 7 * DAY) return undefined;
  return (
    `token "${record.name}": the refresh token ${at <= now ? 'has expired' : 'expires within a week'}; ` +
    `run "pinkit get-access-token -w -a ${record.name}" to sign in again.`
  );
}

export class AuthStatusCommand extends ApiCommand {
  static override paths = [['auth', 'status']];

  static override usage = Command.Usage({
    category: 'Access tokens',
    description: 'List the access tokens pinkit can use, where they are stored, their scopes and expiry',
    details: 'Shows no secret: only names, stores, scopes and expiry times.',
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
    for (const { record, from } of located) {
      const summary = {
        name: record.name,
        store: from,
        scopes: record.scopes ?? [],
        has_refresh_token: Boolean(record.refresh_token),
        expires_at: record.expires_at ?? null,
        refresh_token_expires_at: record.refresh_token_expires_at ?? null,
      };
      await out.item(summary, () =>
        [
          `${record.name}  [${from}]`,
          `  scopes: ${summary.scopes.length > 0 ? summary.scopes.join(',') : 'unknown'}`,
          `  ${describeExpiry('access token', record.expires_at, now)}; ` +
            (record.refresh_token ? describeExpiry('refresh token', record.refresh_token_expires_at, now) : 'no refresh token'),
        ].join('\n'),
      );
      const warn = warning(record, now);
      if (warn) this.context.stderr.write(`warning: ${warn}\n`);
    }
    if (located.length === 0) await out.note('No access tokens found (environment, OS keychain or token files).');
  }
}
