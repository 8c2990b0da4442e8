import { fuzzArgument, HOSTILE_VALUES } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArgumentError,
  createHttpClient,
  createLevelLogger,
  createListing,
  createNodeFetch,
  fromPages,
  HttpError,
  isRetryable,
  paginate,
  paginatePages,
  parseRateLimitHeaders,
  parseRetryAfter,
  pathSegment,
  pathSegmentProblem,
  proxyFor,
  readNumber,
  readProxySettings,
  redactHeaders,
  redactText,
  retryDelayMs,
  staticToken,
  toPage,
  type FetchLike,
  type HttpClientOptions,
} from './index.js';
import { sendJson, startLocalServer } from './test-support/local-server.js';

type Call = [string, (value: unknown) => unknown, string[]];

// A server on loopback for the transport's own calls, so that an accepted value gets an answer.
let server: Awaited<ReturnType<typeof startLocalServer>>;
beforeAll(async () => {
  server = await startLocalServer((_request, res) => sendJson(res, 200, {}));
});
afterAll(async () => server.close());

const NAMES = ['"x"', '"zzz"'];
const EVERY = [...HOSTILE_VALUES.keys()];
const optionalFunction = ['undefined', 'function'];
const optionalObject = ['undefined', '{}', 'Date'];
const withKey = (base: object, key: string, value: unknown) => ({ ...base, [key]: value });
// A transport that answers every request at once, so that an accepted value never reaches a network.
const answer: FetchLike = async () => new Response('{"items":[],"bookmark":null}', { status: 200 });
const clientOptions: HttpClientOptions = { baseUrl: 'https://api.test/v5', token: staticToken('t'), fetch: answer, retry: false };
const client = () => createHttpClient(clientOptions);
const send = (options: unknown) => client().request('GET', '/pins', options as never);
const pages = async () => ({ items: [], bookmark: null });
const walk = async (iterable: AsyncIterable<unknown>) => {
  for await (const item of iterable) void item;
};
const retry = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 30_000, maxElapsedMs: 120_000, random: Math.random };
const headers = (get: (name: string) => string | null) => ({ get });

const calls: Call[] = [
  ['createHttpClient(options)', (value) => createHttpClient(value as never), []],
  ...Object.entries({
    baseUrl: [],
    token: ['undefined'],
    logger: ['undefined'],
    retry: ['undefined', '{}', 'Date'],
    timeoutMs: ['undefined', '5'],
    userAgent: ['undefined', ...NAMES],
    fetch: optionalFunction,
    proxyEnv: optionalObject,
    transportTimeouts: optionalObject,
    sleep: optionalFunction,
    now: optionalFunction,
    rateLimits: ['undefined'],
  }).map(([key, accepts]): Call => [
    `createHttpClient(options.${key})`,
    (value) => createHttpClient(withKey(clientOptions, key, value) as never),
    accepts,
  ]),
  ...Object.entries({
    maxAttempts: ['5'],
    baseDelayMs: ['0', '5', '1.5'],
    maxDelayMs: ['0', '5', '1.5'],
    maxElapsedMs: ['0', '5'],
    random: ['function'],
  }).map(([key, accepts]): Call => [
    `createHttpClient(options.retry.${key})`,
    (value) => createHttpClient({ ...clientOptions, retry: { [key]: value } }),
    ['undefined', ...accepts],
  ]),
  [
    'createHttpClient(options.rateLimits.perMinute)',
    (value) => createHttpClient({ ...clientOptions, rateLimits: { perMinute: value as never } }),
    ['{}', 'Date'],
  ],
  [
    'createHttpClient(options.token.getAccessToken)',
    (value) => createHttpClient({ ...clientOptions, token: { getAccessToken: value as never } }),
    ['function'],
  ],
  ['client.request(method)', (value) => client().request(value as string, '/pins'), NAMES],
  ['client.request(path)', (value) => client().request('GET', value as string), []],
  ['client.request(options)', (value) => send(value), optionalObject],
  ...Object.entries({
    query: optionalObject,
    form: optionalObject,
    headers: optionalObject,
    auth: ['undefined'],
    signal: ['undefined'],
    retry: ['undefined', 'true'],
    rateLimitCategory: ['undefined', ...NAMES],
  }).map(([key, accepts]): Call => [`client.request(options.${key})`, (value) => send({ [key]: value }), accepts]),
  // A JSON body may be any value JSON can write; what it cannot (a bigint, a symbol alone) is refused.
  [
    'client.request(options.json)',
    (value) => send({ json: value }),
    EVERY.filter((label) => !['bigint', 'symbol', 'function'].includes(label)),
  ],
  ['client.get(path)', (value) => client().get(value as string), []],
  ['client.get(query)', (value) => client().get('/pins', value as never), optionalObject],
  ['client.get(signal)', (value) => client().get('/pins', {}, value as AbortSignal), ['undefined']],
  ['client.pacer(category)', (value) => client().pacer(value as string), NAMES],
  ['staticToken(accessToken)', (value) => staticToken(value as string), NAMES],
  ['createLevelLogger(level)', (value) => createLevelLogger(value as never, () => undefined), ['0']],
  ['createLevelLogger(write)', (value) => createLevelLogger(2, value as never), ['function']],
  ['createListing(fetchPage)', (value) => walk(createListing(value as never)), []],
  ['createListing().pages(from)', (value) => walk(createListing(pages).pages(value as string)), ['undefined', ...NAMES]],
  ['fromPages(pages)', (value) => walk(fromPages(value as never)), []],
  ['paginate(fetchPage)', (value) => walk(paginate(value as never)), []],
  ['paginatePages(limits)', (value) => walk(paginatePages(pages, value as never)), optionalObject],
  ['paginatePages(limits.maxPages)', (value) => walk(paginatePages(pages, { maxPages: value as number })), ['undefined', '5']],
  [
    'paginatePages(limits.maxStalledPages)',
    (value) => walk(paginatePages(pages, { maxStalledPages: value as number })),
    ['undefined', '5'],
  ],
  ['paginatePages(limits.from)', (value) => walk(paginatePages(pages, { from: value as string })), ['undefined', ...NAMES]],
  // What a server sent: never refused as an argument, only as an answer.
  ['toPage(body)', (value) => toPage(value), []],
  ['pathSegment(operation)', (value) => pathSegment(value as string, 'pin_id', '1'), NAMES],
  ['pathSegment(value)', (value) => pathSegment('pins/get', 'pin_id', value), NAMES],
  ['pathSegmentProblem(value)', (value) => pathSegmentProblem(value), EVERY],
  ['createNodeFetch(options)', (value) => createNodeFetch(value as never), optionalObject],
  ...Object.entries({
    maxBodyBytes: ['5'],
    proxyEnv: ['{}', 'Date'],
    ca: [...NAMES, 'CR/LF string', 'NUL string', '[]', '["a"]'],
    connectTimeoutMs: ['5', '1.5'],
    headersTimeoutMs: ['5', '1.5'],
    bodyTimeoutMs: ['5', '1.5'],
  }).map(([key, accepts]): Call => [
    `createNodeFetch(options.${key})`,
    (value) => createNodeFetch({ [key]: value }),
    ['undefined', ...accepts],
  ]),
  // Port 1 on loopback refuses at once: an accepted URL never leaves the machine.
  ['nodeFetch(url)', (value) => createNodeFetch({ proxyEnv: {} })(value as string), []],
  ['nodeFetch(init)', (value) => createNodeFetch({ proxyEnv: {} })(`${server.url}/`, value as never), optionalObject],
  ['readProxySettings(env)', (value) => readProxySettings(value as never), ['{}', 'Date']],
  ['proxyFor(target)', (value) => proxyFor(value as URL, readProxySettings({})), []],
  ['proxyFor(settings)', (value) => proxyFor(new URL('https://api.test/'), value as never), []],
  ['parseRateLimitHeaders(headers)', (value) => parseRateLimitHeaders(value as never), []],
  ['parseRateLimitHeaders(headers.get)', (value) => parseRateLimitHeaders(headers(() => value as string) as never), EVERY],
  ['readNumber(value)', (value) => readNumber(value), EVERY],
  ['readNumber(range)', (value) => readNumber(5, value as never), optionalObject],
  ['redactText(text)', (value) => redactText(value as string), ['empty string', ...NAMES, 'CR/LF string', 'NUL string', '10 MB string']],
  ['redactHeaders(headers)', (value) => redactHeaders(value as never), ['{}', 'Date']],
  ['isRetryable(error)', (value) => isRetryable(value as HttpError, 'GET'), []],
  ['isRetryable(method)', (value) => isRetryable(new HttpError('x'), value as string), NAMES],
  ['retryDelayMs(retry)', (value) => retryDelayMs(new HttpError('x'), value as number, retry), ['0', '5']],
  ['retryDelayMs(options)', (value) => retryDelayMs(new HttpError('x'), 1, value as never), []],
  [
    'parseRetryAfter(value)',
    (value) => parseRetryAfter(value as string),
    ['undefined', 'null', 'empty string', ...NAMES, 'CR/LF string', 'NUL string', '10 MB string'],
  ],
  ['parseRetryAfter(now)', (value) => parseRetryAfter('5', value as number), ['undefined', '0', '-1', '5', '1.5', '1e308']],
];

describe('argument checks', () => {
  it.each(calls)('%s refuses what it cannot use with a named error', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
  });

  it('refuses a token or base URL of the wrong kind when the client is made, not at the first request', () => {
    expect(() => createHttpClient({ baseUrl: 5 as never })).toThrow(ArgumentError);
    expect(() => staticToken('pina_A\r\nX-Evil: 1')).toThrow(
      'staticToken: accessToken must be a non-empty string of at most 4,096 characters without control characters, not a string of 17 characters.',
    );
  });

  it("refuses a token provider's token that would split the Authorization header, before sending", async () => {
    let sent = 0;
    const http = createHttpClient({
      baseUrl: 'https://api.test/v5',
      token: { getAccessToken: async () => 'pina_A\nX-Evil: 1' },
      fetch: async () => ((sent += 1), new Response('{}')),
      retry: false,
    });
    await expect(http.get('/pins')).rejects.toThrow(ArgumentError);
    expect(sent).toBe(0);
  });
});
