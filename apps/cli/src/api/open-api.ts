import type { Logger, TokenProvider } from '@pinkit/http';
import type { ApiVersion, PinkitConfig } from '../config/pinkit-config.js';
import { InputError } from '../output/describe-error.js';
import { v5Summaries, type SummarySet } from '../output/summary-set.js';
import { v3Summaries } from '../output/v3-summaries.js';
import type { AnalyticsApi, ApiShapes, PinterestApi, ReadingApi } from './pinterest-api.js';
import { refuseV3Sandbox } from './refuse-v3-sandbox.js';

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

/**
 * The reads of the configured version with the summaries of its objects, paired so that a command
 * writes its reads once for every version: `reading.use((api, summaries) => ...)`.
 */
export interface Reading {
  use<R>(read: <S extends ApiShapes>(api: ReadingApi<S>, summaries: SummarySet<S>) => R): R;
}

/**
 * The reading commands' API: v3 as well as v5 (get-ads and get-businesses open theirs with
 * `openAdsReading`; the other commands are refused on v3 by `requireAvailableVersion`).
 */
export async function openReading(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<Reading> {
  if (config.apiVersion === '3') {
    refuseV3Sandbox(config);
    const { openV3ReadingApi } = await import('./v3/open-v3-api.js');
    const api = await openV3ReadingApi(config, token, logger);
    return { use: (read) => read(api, v3Summaries) };
  }
  const api = await openApi(config, token, logger);
  return { use: (read) => read(api, v5Summaries) };
}

/** The analytics of the configured version (get-analytics, analytics-api-example): v3 as well as v5. */
export async function openAnalytics(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<AnalyticsApi> {
  if (config.apiVersion === '3') {
    refuseV3Sandbox(config);
    const { openV3AnalyticsApi } = await import('./v3/analytics-reader.js');
    return openV3AnalyticsApi(config, token, logger);
  }
  return openApi(config, token, logger);
}
