import type { AnyAccount } from './account.js';
import { SandboxVersionError } from './capability-errors.js';
import type { OpenAccountOptions } from './open-account-options.js';

/**
 * One Pinterest account over the API version asked for. Each version's adapter and client load
 * here, on first use, so an account on v5 never loads the v3 client, nor v3 the v5 one.
 */
export async function openAccount(options: OpenAccountOptions): Promise<AnyAccount> {
  if (options.version === 3) {
    if (options.sandbox) throw new SandboxVersionError(3);
    const { openV3Account } = await import('./v3/open-v3-account.js');
    return openV3Account(options);
  }
  const { openV5Account } = await import('./v5/open-v5-account.js');
  return openV5Account(options);
}
