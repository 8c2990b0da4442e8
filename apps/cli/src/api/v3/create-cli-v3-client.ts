import type { V3Client } from '@pinkit/api-v3';
import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../../config/pinkit-config.js';

/**
 * The v3 client every `-v 3` command talks through, set up from the configuration as the v5 one
 * is (host, proxy, transport timeouts); @pinkit/api-v3 loads here, on first use.
 */
export async function createCliV3Client(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<V3Client> {
  const { createV3Client } = await import('@pinkit/api-v3');
  return createV3Client({
    apiUri: config.apiUri,
    token,
    logger,
    userAgent: 'pinkit-cli',
    proxyEnv: config.proxyEnv,
    transportTimeouts: config.transportTimeouts,
  });
}
