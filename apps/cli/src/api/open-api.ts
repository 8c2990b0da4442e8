import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../config/pinkit-config.js';
import { InputError } from '../output/describe-error.js';
import { v5Summaries, type SummarySet } from '../output/summary-set.js';
import { v3Summaries } from '../output/v3-summaries.js';
import type { ApiShapes, PinterestApi, ReadingApi } from './pinterest-api.js';
import { requireV5 } from './require-v5.js';

/**
 * The v5 API for the configured host, for `command` (refused on v3 in one line: see requireV5).
 * `token` is an access token or a provider that can renew it. The client loads here, on first
 * use, so `pinkit --help` never pays for it.
 */
export async function openApi(config: PinkitConfig, token: string | TokenProvider, logger: Logger, command: string): Promise<PinterestApi> {
  requireV5(config.apiVersion, command);
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

/** Refuses v3 in Pinterest's API sandbox, which never served it; before a sign-in, not after. */
export function refuseV3InSandbox(config: PinkitConfig): void {
  if (config.apiVersion === '3' && config.sandbox)
    throw new InputError("Pinterest's API sandbox serves v5 only; leave out --sandbox (or PINTEREST_SANDBOX) with -v 3.");
}

/** The reading commands' API: v3 as well as v5. */
export async function openReading(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<Reading> {
  if (config.apiVersion === '3') {
    refuseV3InSandbox(config);
    const { openV3ReadingApi } = await import('./v3/open-v3-api.js');
    const api = await openV3ReadingApi(config, token, logger);
    return { use: (read) => read(api, v3Summaries) };
  }
  const { openV5Api } = await import('./v5/open-v5-api.js');
  const api = await openV5Api(config, token, logger);
  return { use: (read) => read(api, v5Summaries) };
}
