import type { BaseContext } from 'clipanion';
import type { V5Client } from '@pinkit/api-v5';
import type { Logger, TokenProvider } from '@pinkit/http';

/**
 * A v5 client for the host in `PINTEREST_API_URI`. The API packages load here, on first use,
 * so that `pinkit --help` does not pay for them.
 */
export async function openV5(context: BaseContext, options: { token: TokenProvider; logger: Logger }): Promise<V5Client> {
  const [{ createV5Client }, { readPinterestEnv }] = await Promise.all([import('@pinkit/api-v5'), import('@pinkit/http')]);
  const { apiUri } = readPinterestEnv(context.env, '5');
  return createV5Client({ apiUri, token: options.token, logger: options.logger, userAgent: 'pinkit-cli' });
}
