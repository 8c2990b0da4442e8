import type { AnyAccount } from './account.js';
import { SandboxVersionError } from './capability-errors.js';
import { checkedAccount } from './checked-account.js';
import { checkOpenAccountOptions } from './check-open-account-options.js';
import type { OpenAccountOptions } from './open-account-options.js';

/**
 * One Pinterest account over the API version asked for. Each version's adapter and client load
 * here, on first use, so an account on v5 never loads the v3 client, nor v3 the v5 one.
 */
export async function openAccount(options: OpenAccountOptions): Promise<AnyAccount> {
  checkOpenAccountOptions(options);
  if (options.version === 3) {
    if (options.sandbox) throw new SandboxVersionError(3);
    const { openV3Account } = await import('./v3/open-v3-account.js');
    return checkedAccount(await openV3Account(options));
  }
  const { openV5Account } = await import('./v5/open-v5-account.js');
  return checkedAccount(await openV5Account(options));
}
