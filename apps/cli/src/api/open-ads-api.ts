import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../config/pinkit-config.js';
import { v5AdSummaries, type AdSummarySet } from '../output/ad-summary-set.js';
import { v3AdSummaries } from '../output/v3-ad-summaries.js';
import type { AdsApi, ApiShapes } from './pinterest-api.js';
import { refuseV3Sandbox } from './refuse-v3-sandbox.js';

/**
 * The ads tree and linked businesses of the configured version with the lines of its objects,
 * paired as `Reading` pairs the reads: `ads.use((api, lines) => ...)` is written once for v3 and v5.
 */
export interface AdsReading {
  use<R>(read: <S extends ApiShapes>(api: AdsApi<S>, lines: AdSummarySet<S>) => R): R;
}

/** get-ads' and get-businesses' API: v3 (advertisers, pin promotions, `/v3/users/me/businesses/`) as well as v5. */
export async function openAdsReading(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<AdsReading> {
  if (config.apiVersion === '3') {
    refuseV3Sandbox(config);
    const { openV3AdsApi } = await import('./v3/open-v3-ads-api.js');
    const api = await openV3AdsApi(config, token, logger);
    return { use: (read) => read(api, v3AdSummaries) };
  }
  const { openV5Api } = await import('./v5/open-v5-api.js');
  const api = await openV5Api(config, token, logger);
  return { use: (read) => read(api, v5AdSummaries) };
}
