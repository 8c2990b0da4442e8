import { PINTEREST_API_URI, PINTEREST_SANDBOX_API_URI } from '@pinkit/hosts';
import { createHttpClient, staticToken, type HttpClientOptions, type TokenProvider } from '@pinkit/http';
import { adAccounts } from './ad-accounts.js';
import { adGroups } from './ad-groups.js';
import { ads } from './ads.js';
import { analytics } from './analytics.js';
import { boardSections } from './board-sections.js';
import { boards } from './boards.js';
import { campaigns } from './campaigns.js';
import type { V5Route } from './call-types.js';
import { bindArea, type V5Context } from './endpoint.js';
import { findOperation, type V5OperationInfo } from './find-operation.js';
import { media } from './media.js';
import type { V5OperationId } from './operations.js';
import { pins } from './pins.js';
import { terms } from './terms.js';
import { reports } from './reports.js';
import { V5_RATE_LIMITS } from './rate-limits.js';
import { userAccount } from './user-account.js';
import { createV5Request } from './v5-request.js';

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
 * A Pinterest API v5 client: calls grouped by area (`client.boards.get(id)`), paged lists as
 * async iterables, `client.request(route, input)` for any other operation.
 */
export function createV5Client(options: V5ClientOptions) {
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
  // One line per area; the client's type is read from the areas.
  return {
    userAccount: bindArea(userAccount, context),
    boards: bindArea(boards, context),
    boardSections: bindArea(boardSections, context),
    pins: bindArea(pins, context),
    media: bindArea(media, context),
    adAccounts: bindArea(adAccounts, context),
    campaigns: bindArea(campaigns, context),
    adGroups: bindArea(adGroups, context),
    ads: bindArea(ads, context),
    terms: bindArea(terms, context),
    analytics: bindArea(analytics, context),
    reports: bindArea(reports, context),
    /** Any v5 operation by route, typed from the description: `request('GET /v5/boards/{board_id}', { params })`. */
    request: createV5Request(http, sandbox),
    /** An operation's method, path, scopes and rate-limit category, by `operationId` or route. */
    operation: (key: V5OperationId | V5Route): V5OperationInfo => findOperation(key),
    /**
     * The client's pacer of one rate-limit category (`org_write` for board, section and pin
     * creates), for work paced by it from outside, such as `@pinkit/copy-engine`'s `writePacer`.
     */
    pacer: (category: string) => http.pacer(category),
  };
}

export type V5Client = ReturnType<typeof createV5Client>;
