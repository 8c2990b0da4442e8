import type { BaseContext } from 'clipanion';
import type { V5Client } from '@pinkit/api-v5';
import type { Logger } from '@pinkit/http';
import { accessTokenFromEnv } from './access-token.js';

/**
 * A v5 client for the host in `PINTEREST_API_URI` with the named token. The API packages load
 * here, on first use, so that `pinkit --help` does not pay for them.
 */
export async function openV5(context: BaseContext, options: { tokenName: string; logger: Logger }): Promise<V5Client> {
  const token = accessTokenFromEnv(context.env, options.tokenName);
  const [{ createV5Client }, { readPinterestEnv }] = await Promise.all([import('@pinkit/api-v5'), import('@pinkit/http')]);
  const { apiUri } = readPinterestEnv(context.env, '5');
  return createV5Client({ apiUri, token, logger: options.logger, userAgent: 'pinkit-cli' });
}
