import type { Logger, TokenProvider } from '@pinkit/http';
import type { ApiVersion, PinkitConfig } from '../config/pinkit-config.js';
import { InputError } from '../output/describe-error.js';
import type { PinterestApi } from './pinterest-api.js';

/**
 * Refuses an API version this pinkit cannot speak yet. The one place that knows which versions
 * exist: commands that need no client (refreshing a token) ask here too.
 */
export function requireAvailableVersion(version: ApiVersion): void {
  if (version === '3') throw new InputError('API v3 is not available in this version of pinkit yet; use -v 5.');
}

/**
 * The API for the configured version and host. `token` is an access token or a provider that
 * can renew it. Each version's client loads here, on first use, so `pinkit --help` never pays
 * for it.
 */
export async function openApi(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<PinterestApi> {
  requireAvailableVersion(config.apiVersion);
  const { openV5Api } = await import('./v5/open-v5-api.js');
  return openV5Api(config, token, logger);
}
