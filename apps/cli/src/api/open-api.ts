import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../config/pinkit-config.js';
import { v5Summaries, type SummarySet } from '../output/summary-set.js';
import { v3Summaries } from '../output/v3-summaries.js';
import type { AnalyticsApi, ApiShapes, BoardDeletingApi, CopyingApi, PinterestApi, ReadingApi, V5Shapes } from './pinterest-api.js';
import { refuseV3Sandbox } from './refuse-v3-sandbox.js';
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

/** The reading commands' API: v3 as well as v5. */
export async function openReading(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<Reading> {
  if (config.apiVersion === '3') {
    refuseV3Sandbox(config);
    const { openV3ReadingApi } = await import('./v3/open-v3-api.js');
    const api = await openV3ReadingApi(config, token, logger);
    return { use: (read) => read(api, v3Summaries) };
  }
  const { openV5Api } = await import('./v5/open-v5-api.js');
  const api = await openV5Api(config, token, logger);
  return { use: (read) => read(api, v5Summaries) };
}

/** The analytics of the configured version (get-analytics, analytics-api-example): v3 as well as v5. */
export async function openAnalytics(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<AnalyticsApi> {
  if (config.apiVersion === '3') {
    refuseV3Sandbox(config);
    const { openV3AnalyticsApi } = await import('./v3/analytics-reader.js');
    return openV3AnalyticsApi(config, token, logger);
  }
  const { openV5Api } = await import('./v5/open-v5-api.js');
  return openV5Api(config, token, logger);
}

/**
 * copy-pin's and copy-board's API, v3 as well as v5. `api` serves a command that prints no
 * object of the version (copy-board's report); `use` pairs it with the version's summaries.
 */
export interface Copying {
  readonly api: CopyingApi<ApiShapes>;
  use<R>(copy: <S extends ApiShapes>(api: CopyingApi<S>, summaries: SummarySet<S>) => R): R;
}

export async function openCopying(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<Copying> {
  if (config.apiVersion === '3') {
    refuseV3Sandbox(config);
    const { openV3WritingApi } = await import('./v3/open-v3-writing-api.js');
    const api = await openV3WritingApi(config, token, logger);
    return { api, use: (copy) => copy(api, v3Summaries) };
  }
  const { openV5Api } = await import('./v5/open-v5-api.js');
  const pinterest = await openV5Api(config, token, logger);
  const api: CopyingApi<V5Shapes> = { ...pinterest, media: pinterest };
  return { api, use: (copy) => copy(api, v5Summaries) };
}

/** delete-board's API, v3 as well as v5 (both have a board delete). */
export async function openBoardDeleting(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<BoardDeletingApi> {
  if (config.apiVersion === '3') {
    refuseV3Sandbox(config);
    const { openV3WritingApi } = await import('./v3/open-v3-writing-api.js');
    return openV3WritingApi(config, token, logger);
  }
  const { openV5Api } = await import('./v5/open-v5-api.js');
  return openV5Api(config, token, logger);
}
