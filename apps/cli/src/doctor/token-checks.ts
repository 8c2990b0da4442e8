import type { ApiVersion, Capability } from '@pinkit/account';
import type { Logger } from '@pinkit/http';
import type { LocatedTokenRecord } from '@pinkit/token-store';
import { checkToken } from '../commands/auth/token-check.js';
import type { PinkitConfig } from '../config/pinkit-config.js';
import { refreshTokenWarning } from '../config/refresh-token-warning.js';
import { signInCommand } from '../config/sign-in-command.js';
import { terminalSafe } from '../output/terminal-safe.js';
import { describeExpiry } from '../output/token-expiry.js';
import { COMMAND_FAMILIES } from './command-families.js';
import { check, type DoctorCheck } from './doctor-check.js';

/** Whether the token works (one read of its user), whose it is, and when it and its refresh token end. */
export async function tokenCheck(config: PinkitConfig, located: LocatedTokenRecord, logger: Logger, now: number): Promise<DoctorCheck[]> {
  const { record, from } = located;
  const again = signInCommand(record.name, config.apiVersion);
  const result = await checkToken(config, record, logger, now);
  const expiry = `${describeExpiry('access token', record.expires_at, now)}; ${
    record.refresh_token ? describeExpiry('refresh token', record.refresh_token_expires_at, now) : 'no refresh token'
  }`;
  const where = `"${record.name}" [${from}]`;
  if (result.state === 'refused') {
    return [check('token', 'fail', `${where} was refused by Pinterest (401): expired or revoked`, `run "${again}"`)];
  }
  if (result.state === 'unverified') {
    return [
      check(
        'token',
        'warn',
        `${where} could not be checked: ${result.reason ?? 'no answer'}`,
        'check PINTEREST_API_URI, the proxy and the network',
      ),
    ];
  }
  const whose = `${where} of user ${result.username ? terminalSafe(result.username) : 'unknown'}; ${expiry}`;
  if (result.state === 'expired') {
    return [check('token', 'fail', whose, record.refresh_token ? `run "pinkit refresh-access-token -a ${record.name}"` : `run "${again}"`)];
  }
  const warning = refreshTokenWarning(record, now);
  return [warning ? check('token', 'warn', whose, warning) : check('token', 'ok', whose)];
}

/**
 * The scopes each family of commands needs against the token's. A token from the environment
 * carries no scope list, and Pinterest has no call that tells: then the families are not judged.
 */
export async function scopeChecks(config: PinkitConfig, located: LocatedTokenRecord): Promise<DoctorCheck[]> {
  const { scopesFor, grantedScopes, supports } = await import('@pinkit/account/scopes');
  const version: ApiVersion = config.apiVersion === '3' ? 3 : 5;
  const { record } = located;
  if (!record.scopes || record.scopes.length === 0) {
    return [
      check(
        'scopes',
        'skip',
        `the scopes of "${record.name}" are unknown (${located.from === 'env' ? 'a token from the environment' : 'none stored'})`,
        `store a token with "${signInCommand(record.name, config.apiVersion)}" to have them checked`,
      ),
    ];
  }
  const granted = new Set((await grantedScopes(version))(record.scopes));
  return COMMAND_FAMILIES.map(({ family, commands, capabilities }) => {
    const name = `scopes:${family}`;
    const usable = capabilities.filter((capability: Capability) => supports(version, capability));
    if (usable.length === 0) return check(name, 'skip', `${commands}: not on API v${version}`);
    const missing = scopesFor(version, usable).filter((scope) => !granted.has(scope));
    if (missing.length === 0) return check(name, 'ok', `${commands}: scopes granted`);
    return check(
      name,
      'fail',
      `${commands} need ${missing.join(', ')}, which "${record.name}" lacks`,
      `run "${signInCommand(record.name, config.apiVersion)} -s ${[...record.scopes!, ...missing].join(',')}"`,
    );
  });
}
