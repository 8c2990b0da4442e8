import { Command } from 'clipanion';
import type { LocatedTokenRecord } from '@pinkit/token-store';
import { ApiCommand } from '../base/api-command.js';
import type { StorePreference } from '../config/token-session.js';
import { apiChecks } from '../doctor/api-checks.js';
import { bounded, check, type DoctorCheck } from '../doctor/doctor-check.js';
import { keychainCheck } from '../doctor/keychain-check.js';
import { proxyCheck } from '../doctor/proxy-check.js';
import { redirectCheck } from '../doctor/redirect-check.js';
import { EXIT_FAILURE, oneLine } from '../output/describe-error.js';

const MARK = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL', skip: '--  ' } as const;

export class DoctorCommand extends ApiCommand {
  static override paths = [['doctor']];

  static override usage = Command.Usage({
    category: 'Access tokens',
    description: 'Check the token, its scopes, Trial access, the keychain, proxy, redirect URI and clock',
    details: `
      One line per check, with what to do when it needs doing. The token check reads the token's
      user once; the Trial access and clock checks send one request that Pinterest refuses without
      creating anything (a board with no name). Exits 1 when something needs fixing, 0 otherwise.
      Shows no secret: proxy logins and query values are masked.
    `,
    examples: [
      ['Check the default token', '$0 doctor'],
      ['Check another token, as JSON', '$0 doctor -a work --json'],
    ],
  });

  protected async run() {
    const env = this.context.env as Record<string, string | undefined>;
    const config = this.config();
    const checks: DoctorCheck[] = [
      ...proxyCheck(env),
      ...(await bounded('redirect-uri', 5000, () => redirectCheck(config.redirectUri))),
      ...(await bounded('keychain', 5000, () => keychainCheck(this.tokenStore as StorePreference))),
      ...(await bounded('token', 30_000, () => this.tokenChecks())),
    ];
    const healthy = checks.every((one) => one.status !== 'fail');
    await this.output().item({ ok: healthy, checks }, () =>
      checks.map((one) => `${MARK[one.status]}  ${one.name}: ${one.detail}${one.fix ? ` -> ${one.fix}` : ''}`).join('\n'),
    );
    return healthy ? 0 : EXIT_FAILURE;
  }

  /** The checks that need the token (or its absence): the token, its scopes, Trial access, the clock. */
  private async tokenChecks(): Promise<DoctorCheck[]> {
    const name = this.accessTokenName;
    let located: LocatedTokenRecord | undefined;
    let missing: DoctorCheck | undefined;
    try {
      located = await this.tokens().locate(name);
      const variable = name.toUpperCase().replaceAll('-', '_');
      if (!located)
        missing = check(
          'token',
          'fail',
          `no access token named "${name}"`,
          `set ${variable}, or run "pinkit get-access-token -w -a ${name}"`,
        );
    } catch (error) {
      missing = check('token', 'fail', oneLine(error));
    }
    return [...(missing ? [missing] : []), ...(await apiChecks(this.config(), located, this.logger()))];
  }
}
