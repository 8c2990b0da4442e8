import type { Logger, TokenProvider } from '@pinkit/http';
import type { ApiVersion, PinkitConfig } from '../config/pinkit-config.js';
import { InputError } from '../output/describe-error.js';
import { v5Summaries, type SummarySet } from '../output/summary-set.js';
import { v3Summaries } from '../output/v3-summaries.js';
import type { ApiShapes, BoardDeletingApi, CopyingApi, PinterestApi, ReadingApi, V5Shapes } from './pinterest-api.js';

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

/** The reading commands' API: v3 as well as v5 (every other command is refused on v3 by `requireAvailableVersion`). */
export async function openReading(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<Reading> {
  if (config.apiVersion === '3') {
    if (config.sandbox)
      throw new InputError("Pinterest's API sandbox serves v5 only; leave out --sandbox (or PINTEREST_SANDBOX) with -v 3.");
    const { openV3ReadingApi } = await import('./v3/open-v3-api.js');
    const api = await openV3ReadingApi(config, token, logger);
    return { use: (read) => read(api, v3Summaries) };
  }
  const api = await openApi(config, token, logger);
  return { use: (read) => read(api, v5Summaries) };
}

function refuseV3Sandbox(config: PinkitConfig): void {
  if (config.sandbox) throw new InputError("Pinterest's API sandbox serves v5 only; leave out --sandbox (or PINTEREST_SANDBOX) with -v 3.");
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
  const pinterest = await openApi(config, token, logger);
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
  return openApi(config, token, logger);
}
