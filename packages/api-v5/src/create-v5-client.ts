import { argumentsOf } from '@pinkit/arguments';
import { PINTEREST_API_URI, PINTEREST_SANDBOX_API_URI } from '@pinkit/hosts';
import { createHttpClient, staticToken, type HttpClientOptions, type SharedPacer, type TokenProvider } from '@pinkit/http';
import { adAccounts } from './ad-accounts.js';
import { adGroups } from './ad-groups.js';
import { ads } from './ads.js';
import { analytics } from './analytics.js';
import { boardSections } from './board-sections.js';
import { boards } from './boards.js';
import { campaigns } from './campaigns.js';
import type { V5Route } from './call-types.js';
import { bindArea, type BoundArea, type Endpoint, type V5Context } from './endpoint.js';
import { findOperation, type V5OperationInfo } from './find-operation.js';
import { createGeneratedAreas, type GeneratedAreas } from './generated-areas.js';
import { mergeAreas, type MergedAreas } from './merge-areas.js';
import { media } from './media.js';
import type { V5OperationId } from './operations.js';
import { pins } from './pins.js';
import { terms } from './terms.js';
import { reports } from './reports.js';
import { V5_RATE_LIMITS } from './rate-limits.js';
import { userAccount } from './user-account.js';
import { createRawCalls, type RawCalls } from './raw-call.js';
import { createV5Request, type V5Request } from './v5-request.js';

// The hand-written areas, one line each: calls shaped for people (`boards.list({ pageSize })`),
// composed calls (`reports.run`, `pins.listAll`) and areas the description does not have (`terms`).
const HAND_WRITTEN = {
  userAccount,
  boards,
  boardSections,
  pins,
  media,
  adAccounts,
  campaigns,
  adGroups,
  ads,
  terms,
  analytics,
  reports,
};

type HandWrittenAreas = { readonly [A in keyof typeof HAND_WRITTEN]: BoundArea<(typeof HAND_WRITTEN)[A]> };

/**
 * A v5 client: every area of generated calls (`GeneratedAreas`) with the hand-written calls laid
 * over them, `request` by route and `operation` to look an operation up. Spelled out so that its
 * declaration names these types instead of repeating 266 calls.
 */
export type V5Client = MergedAreas<GeneratedAreas, HandWrittenAreas> & {
  /**
   * Every operation in its generated form, also where a hand-written call has the name:
   * `client.calls.boards.get({ params: { board_id } })` beside `client.boards.get(boardId)`.
   */
  readonly calls: GeneratedAreas;
  /** Any v5 operation by route, typed from the description: `request('GET /v5/boards/{board_id}', { params })`. */
  readonly request: V5Request;
  /** An operation's method, path, scopes and rate-limit category, by `operationId` or route. */
  readonly operation: (key: V5OperationId | V5Route) => V5OperationInfo;
  /**
   * Requests whose path the caller filled in (a CLI's `api` command): answered with status and
   * headers, or every item of a paged list, over the same pacing, retries and errors.
   */
  readonly raw: RawCalls;
  /**
   * The client's pacer of one rate-limit category (`org_write` for board, section and pin
   * creates), for work paced by it from outside, such as `@pinkit/copy-engine`'s `writePacer`.
   */
  readonly pacer: (category: string) => SharedPacer | undefined;
};

export interface V5ClientOptions extends Omit<HttpClientOptions, 'baseUrl' | 'token'> {
  /** API host without `/v5` (`PINTEREST_API_URI`); unset or empty means https://api.pinterest.com. */
  apiUri?: string | undefined;
  /**
   * Talk to Pinterest's API sandbox (https://api-sandbox.pinterest.com unless `apiUri` says
   * otherwise): operations the sandbox does not serve throw SandboxUnsupportedError unsent.
   */
  sandbox?: boolean | undefined;
  /** An access token, or a provider that can also refresh it when it expires. */
  token: string | TokenProvider;
}

/**
 * A Pinterest API v5 client: every operation as a call grouped by area (`client.boards.get(id)`,
 * `client.itemsBatch.post({ body })`), paged lists as async iterables,
 * `client.request(route, input)` by route.
 */
export function createV5Client(options: V5ClientOptions): V5Client {
  checkClientOptions(options);
  const { apiUri, token, sandbox = false, ...rest } = options;
  const http = createHttpClient({
    // Pacing starts from Pinterest's documented Standard-access quotas unless told otherwise
    // (`rateLimits: false`, or an app's own), so a client told nothing neither floods nor idles.
    rateLimits: V5_RATE_LIMITS,
    ...rest,
    baseUrl: `${(apiUri || (sandbox ? PINTEREST_SANDBOX_API_URI : PINTEREST_API_URI)).replace(/\/+$/, '')}/v5`,
    token: typeof token === 'string' ? staticToken(token) : token,
  });
  const context: V5Context = { http, fetch: http.fetch, sandbox, ...(rest.logger ? { logger: rest.logger } : {}) };
  // Every operation is a generated call (`client.itemsBatch.post`); the hand-written
  // calls keep their names and arguments where both have one.
  const handWritten = Object.fromEntries(
    Object.entries(HAND_WRITTEN).map(([name, area]) => [name, bindArea(area as Record<string, Endpoint<never[], unknown>>, context)]),
  ) as HandWrittenAreas;
  const generated = createGeneratedAreas(context);
  // Assigned onto the merged areas, not spread with them: a spread would make every area now.
  return Object.assign(mergeAreas(generated, handWritten), {
    calls: generated,
    /** Any v5 operation by route, typed from the description: `request('GET /v5/boards/{board_id}', { params })`. */
    request: createV5Request(http, sandbox),
    /** An operation's method, path, scopes and rate-limit category, by `operationId` or route. */
    operation: (key: V5OperationId | V5Route): V5OperationInfo =>
      findOperation(argumentsOf('client.operation').string(key, 'key', { maxLength: 512, singleLine: true })),
    raw: createRawCalls(http, sandbox),
    pacer: (category: string) => http.pacer(category),
  });
}

/** The longest access token sent: Pinterest's are under 200 characters (see @pinkit/http's staticToken). */
const MAX_TOKEN_LENGTH = 4096;

/**
 * What this client adds to @pinkit/http's options, checked before anything is made; the rest
 * (`logger`, `retry`, `fetch`, ...) is checked by `createHttpClient`.
 */
function checkClientOptions(options: V5ClientOptions): void {
  const check = argumentsOf('createV5Client');
  check.object(options, 'options');
  const { token } = options;
  if (typeof token === 'object' && token !== null) check.function(token.getAccessToken, 'options.token.getAccessToken');
  else check.string(token, 'options.token', { maxLength: MAX_TOKEN_LENGTH, singleLine: true });
  // Unset or empty is how the environment says "Pinterest's own host".
  if (options.apiUri !== undefined && options.apiUri !== '') check.httpUrl(options.apiUri, 'options.apiUri');
  check.boolean(options.sandbox, 'options.sandbox', { optional: true });
}
