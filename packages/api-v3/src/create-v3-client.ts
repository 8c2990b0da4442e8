import { argumentsOf } from '@pinkit/arguments';
import { PINTEREST_API_URI } from '@pinkit/hosts';
import { createHttpClient, staticToken, type HttpClientOptions, type TokenProvider } from '@pinkit/http';
import { ads } from './ads.js';
import { analytics } from './analytics.js';
import { boards } from './boards.js';
import { pins } from './pins.js';
import { reports } from './reports.js';
import { users } from './users.js';
import { rawPages, rawRequest, type V3RawInput } from './v3-call.js';

export interface V3ClientOptions extends Omit<HttpClientOptions, 'baseUrl' | 'token'> {
  /** API host without `/v3` (`PINTEREST_API_URI`); unset or empty means https://api.pinterest.com. */
  apiUri?: string | undefined;
  /** An access token from v3's OAuth, or a provider that can also refresh it. */
  token: string | TokenProvider;
}

/**
 * A Pinterest API v3 client for the reads the 2021 quickstart made: calls grouped by area
 * (`client.boards.get(id)`), the `{data, bookmark}` envelope unwrapped, lists as async iterables.
 */
export function createV3Client(options: V3ClientOptions) {
  checkClientOptions(options);
  const { apiUri, token, ...rest } = options;
  // The host only: v3 paths carry their own prefix, and the ads calls of v3 live under `/ads/v3`.
  const http = createHttpClient({
    ...rest,
    baseUrl: (apiUri || PINTEREST_API_URI).replace(/\/+$/, ''),
    token: typeof token === 'string' ? staticToken(token) : token,
  });
  const context = { http };
  return {
    users: users(context),
    boards: boards(context),
    pins: pins(context),
    ads: ads(context),
    analytics: analytics(context),
    reports: reports(context),
    /** Requests whose path the caller filled in (a CLI's `api` command), the envelope unwrapped as every call unwraps it. */
    raw: {
      send: (input: V3RawInput) => rawRequest(context, checkRawInput('raw.send', input)),
      pages: (input: V3RawInput) => rawPages(context, checkRawInput('raw.pages', input)),
    },
    /** The client's pacer of one rate-limit category (`org_write` for creates), for work paced by it from outside (a copy's `writePacer`). */
    pacer: (category: string) => http.pacer(category),
  };
}

export type V3Client = ReturnType<typeof createV3Client>;

/** The longest access token sent: Pinterest's are under 200 characters (see @pinkit/http's staticToken). */
const MAX_TOKEN_LENGTH = 4096;

/** What this client adds to @pinkit/http's options (which `createHttpClient` checks), checked first. */
function checkClientOptions(options: V3ClientOptions): void {
  const check = argumentsOf('createV3Client');
  check.object(options, 'options');
  const { token } = options;
  if (typeof token === 'object' && token !== null) check.function(token.getAccessToken, 'options.token.getAccessToken');
  else check.string(token, 'options.token', { maxLength: MAX_TOKEN_LENGTH, singleLine: true });
  // Unset or empty is how the environment says "Pinterest's own host".
  if (options.apiUri !== undefined && options.apiUri !== '') check.httpUrl(options.apiUri, 'options.apiUri');
}

/** A request the caller spelled out: a method and a path of its own, on one line each. */
function checkRawInput(functionName: string, input: V3RawInput): V3RawInput {
  const check = argumentsOf(functionName);
  check.object(input, 'input');
  check.string(input.method, 'input.method', { maxLength: 16, pattern: { test: /^[A-Za-z]+$/, says: 'letters only, such as GET' } });
  check.string(input.path, 'input.path', { maxLength: 16_384, singleLine: true, pattern: { test: /^\//, says: 'starting with /' } });
  check.object(input.query, 'input.query', { optional: true });
  return input;
}
