import { Command } from 'clipanion';
import type { KeychainState, SkippedEntry } from '@pinkit/token-store';
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
      to. Lists the stored tokens and the one in the environment variable of -a (ACCESS_TOKEN by
      default), names token files and keychain entries that are not token records, and says why
      the OS keychain was not read, with the fix. Exits 1 when a token is expired, refused, could
      not be checked or is corrupt, 0 when all are valid, so scripts can test it. Shows no
      secret: only names, users, stores, scopes and expiry times.
    `,
    examples: [
      ['Show the tokens', '$0 auth status'],
      ['As JSON lines', '$0 auth status --json'],
    ],
  });

  protected async run() {
    const store = await this.tokens().openStore();
    const { tokens, skipped, keychain } = await store.survey([this.accessTokenName]);
    const now = Date.now();
    const out = this.output();
    let healthy = skipped.length === 0;
    for (const { record, from } of tokens) {
      const check = await checkToken(this.config(), record, this.logger(), now);
      healthy &&= check.state === 'valid';
      const where = from === 'env' ? `env ${record.name.toUpperCase()}` : from;
      const summary = {
        name: record.name,
        user: check.username,
        state: check.state,
        reason: check.reason,
        store: from,
        ...(from === 'env' ? { variable: record.name.toUpperCase() } : {}),
        scopes: record.scopes ?? [],
        has_refresh_token: Boolean(record.refresh_token),
        expires_at: record.expires_at ?? null,
        refresh_token_expires_at: record.refresh_token_expires_at ?? null,
      };
      await out.item(summary, () =>
        [
          `${record.name}  [${where}]  ${check.username ? `user ${terminalSafe(check.username)}` : 'user unknown'}  ` +
            (check.reason ? `${check.state.toUpperCase()}: ${check.reason}` : 'valid'),
          `  scopes: ${summary.scopes.length > 0 ? summary.scopes.join(',') : from === 'env' ? 'unknown (a variable holds no scopes)' : 'unknown'}`,
          `  ${describeExpiry('access token', record.expires_at, now)}; ` +
            (record.refresh_token ? describeExpiry('refresh token', record.refresh_token_expires_at, now) : 'no refresh token'),
        ].join('\n'),
      );
      const warning = refreshTokenWarning(record, now);
      if (warning) this.context.stderr.write(`warning: ${warning}\n`);
    }
    for (const entry of skipped) {
      const summary = { name: entry.name, state: 'corrupt', reason: entry.reason, store: entry.kind, where: entry.where };
      await out.item(summary, () => `${terminalSafe(entry.name)}  [${entry.kind}]  CORRUPT: ${corruptLine(entry)}`);
    }
    const keychainLine = describeKeychain(keychain);
    if (keychainLine) {
      if (this.json) this.context.stderr.write(`note: ${keychainLine}\n`);
      else await out.note(keychainLine);
    }
    if (tokens.length === 0 && skipped.length === 0) {
      const places = [`the environment variable ${this.accessTokenName.toUpperCase()}`];
      if (keychain.state === 'read') places.push('the OS keychain');
      places.push(`token files in ${this.config().tokenDir}`);
      await out.note(`No access tokens found (${places.join(', ')}).`);
    }
    return healthy ? 0 : EXIT_FAILURE;
  }
}

function corruptLine(entry: SkippedEntry): string {
  const fix = entry.kind === 'file' ? 'fix it, or delete it and store the token again' : 'delete it and store the token again';
  return `${entry.kind === 'file' ? 'token file' : `entry "${terminalSafe(entry.name)}" of`} ${terminalSafe(entry.where)} is not a token record (${entry.reason}); ${fix}.`;
}

/** Why the keychain was not read, with the fix; nothing when it was. */
function describeKeychain(keychain: KeychainState): string | undefined {
  if (keychain.state === 'read') return undefined;
  if (keychain.state === 'not-asked') return 'OS keychain not read: --token-store file keeps to the token files.';
  return `OS keychain not read: ${keychain.error.detail}. To keep tokens in the keychain: ${keychain.error.advice}.`;
}
