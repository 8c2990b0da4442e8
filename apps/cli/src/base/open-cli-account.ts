import type { AccountOpener, AnyAccount } from '@pinkit/account';
import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../config/pinkit-config.js';
import { refuseV3Sandbox } from './refuse-v3-sandbox.js';

/**
 * The account of the configured version and host for `token`. `open` is the context's opener
 * (a fake one in tests), else `@pinkit/account`'s, loaded here so that `pinkit --help` never pays for it.
 */
export async function openCliAccount(
  config: PinkitConfig,
  token: string | TokenProvider,
  logger: Logger,
  open?: AccountOpener,
): Promise<AnyAccount> {
  refuseV3Sandbox(config);
  const opener = open ?? (await import('@pinkit/account')).openAccount;
  return opener({
    version: accountVersion(config),
    token,
    apiUri: config.apiUri,
    sandbox: config.sandbox,
    logger,
    userAgent: 'pinkit-cli',
    proxyEnv: config.proxyEnv,
    transportTimeouts: config.transportTimeouts,
  });
}

/** `-v 3` or `-v 5` as the account package counts versions. */
export function accountVersion(config: PinkitConfig): 5 | 3 {
  return config.apiVersion === '3' ? 3 : 5;
}
