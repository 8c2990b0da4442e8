import { fuzzArgument, HOSTILE_VALUES } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import {
  analyticsSeries,
  ArgumentError,
  checkPinAnalyticsQuery,
  checkReportRequest,
  checkUserAnalyticsQuery,
  createV5Client,
  dateLimitsFor,
  isV5Scope,
  reportFileSeries,
  V5_CALL_INPUTS,
  V5_CALLS,
  V5_OPERATION_IDS,
  type V5ClientOptions,
  type V5OperationId,
} from './index.js';

type Call = [string, (value: unknown) => unknown, string[]];

const NAMES = ['"x"', '"zzz"'];
const OBJECTS = ['undefined', '{}', 'Date'];
const EVERY = [...HOSTILE_VALUES.keys()];
const withKey = (base: object, key: string, value: unknown) => ({ ...base, [key]: value });
let sent = 0;
// Every request is answered at once, as an empty page: an accepted value never reaches a network.
const options: V5ClientOptions = {
  token: 'pina_TEST',
  fetch: async () => ((sent += 1), new Response('{"items":[],"bookmark":null}', { status: 200 })),
  retry: false,
  rateLimits: false,
};
const client = createV5Client(options);
const walk = async (listing: AsyncIterable<unknown>) => {
  for await (const item of listing) void item;
};

// Where each generated call is: client.calls[area][name] calls operationId.
const callOf = new Map<string, (input?: unknown) => Promise<unknown>>();
for (const [area, calls] of Object.entries(V5_CALLS)) {
  for (const [name, id] of Object.entries(calls)) callOf.set(id, (client.calls as never)[area][name]);
}

describe('every generated call', () => {
  // Each operation with a hostile value in each position of its input, the rest left out.
  it.each(V5_OPERATION_IDS)('%s refuses a hostile input, params, query, body or signal with a named error', async (id: V5OperationId) => {
    const call = callOf.get(id);
    expect(call, `${id} has no generated call`).toBeDefined();
    const body = V5_CALL_INPUTS[id].body;
    const positions: Array<[string, (value: unknown) => unknown, string[]]> = [
      ['input', (value) => call?.(value), OBJECTS],
      ['input.params', (value) => call?.({ params: value }), OBJECTS],
      ['input.query', (value) => call?.({ query: value }), OBJECTS],
      [
        'input.query.x',
        (value) => call?.({ query: { x: value } }),
        [
          'undefined',
          'null',
          '0',
          '-1',
          '5',
          '1.5',
          '1e308',
          'empty string',
          ...NAMES,
          'CR/LF string',
          'NUL string',
          '10 MB string',
          'true',
          '{}',
          '[]',
          '["a"]',
          'Date',
        ],
      ],
      [
        'input.body',
        (value) => call?.({ body: value }),
        body === 'none' ? ['undefined'] : body === 'form' ? OBJECTS : [...OBJECTS, '[]', '["a"]'],
      ],
      ['input.signal', (value) => call?.({ signal: value }), ['undefined']],
    ];
    const problems: string[] = [];
    for (const [position, run, accepts] of positions) {
      await fuzzArgument(run, { accepts }).catch((error: Error) => problems.push(`${position}: ${error.message}`));
    }
    expect(problems).toEqual([]);
  });
});

const reportRequest = {
  start_date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
  end_date: new Date().toISOString().slice(0, 10),
  granularity: 'DAY',
  level: 'CAMPAIGN',
  columns: ['SPEND_IN_DOLLAR'],
} as never;

const calls: Call[] = [
  ['createV5Client(options)', (value) => createV5Client(value as never), []],
  ['createV5Client(options.token)', (value) => createV5Client(withKey(options, 'token', value) as never), NAMES],
  ['createV5Client(options.apiUri)', (value) => createV5Client(withKey(options, 'apiUri', value) as never), ['undefined', 'empty string']],
  ['createV5Client(options.sandbox)', (value) => createV5Client(withKey(options, 'sandbox', value) as never), ['undefined', 'true']],
  ['createV5Client(options.logger)', (value) => createV5Client(withKey(options, 'logger', value) as never), ['undefined']],
  ['createV5Client(options.timeoutMs)', (value) => createV5Client(withKey(options, 'timeoutMs', value) as never), ['undefined', '5']],
  ['client.operation(key)', (value) => client.operation(value as never), []],
  ['client.pacer(category)', (value) => client.pacer(value as string), NAMES],
  ['boards.list(options)', (value) => walk(client.boards.list(value as never)), OBJECTS],
  ['boards.list(options.pageSize)', (value) => walk(client.boards.list({ pageSize: value as number })), ['undefined', '5']],
  ['boards.list(options.privacy)', (value) => walk(client.boards.list({ privacy: value as never })), ['undefined', ...NAMES]],
  ['boards.listPins(options)', (value) => walk(client.boards.listPins('1', value as never)), OBJECTS],
  ['boards.create(input)', (value) => client.boards.create(value as never), ['{}', 'Date']],
  ['boards.get(boardId)', (value) => client.boards.get(value as string), NAMES],
  ['boardSections.list(options)', (value) => walk(client.boardSections.list('1', value as never)), OBJECTS],
  ['pins.list(options)', (value) => walk(client.pins.list(value as never)), OBJECTS],
  ['pins.list(options.creativeTypes)', (value) => walk(client.pins.list({ creativeTypes: value as never })), ['undefined', '[]', '["a"]']],
  [
    'pins.list(options.includeProtectedPins)',
    (value) => walk(client.pins.list({ includeProtectedPins: value as never })),
    ['undefined', 'true'],
  ],
  ['pins.listAll(options)', (value) => walk(client.pins.listAll(value as never)), OBJECTS],
  ['pins.update(input)', (value) => client.pins.update('1', value as never), ['{}', 'Date']],
  ['adAccounts.list(options)', (value) => walk(client.adAccounts.list(value as never)), OBJECTS],
  [
    'adAccounts.list(options.includeSharedAccounts)',
    (value) => walk(client.adAccounts.list({ includeSharedAccounts: value as never })),
    ['undefined', 'true'],
  ],
  ['campaigns.list(options)', (value) => walk(client.campaigns.list('1', value as never)), OBJECTS],
  [
    'campaigns.list(options.entityStatuses)',
    (value) => walk(client.campaigns.list('1', { entityStatuses: value as never })),
    ['undefined', '[]', '["a"]'],
  ],
  [
    'adGroups.list(options.campaignIds)',
    (value) => walk(client.adGroups.list('1', { campaignIds: value as never })),
    ['undefined', '[]', '["a"]'],
  ],
  ['ads.list(options.adIds)', (value) => walk(client.ads.list('1', { adIds: value as never })), ['undefined', '[]', '["a"]']],
  ['terms.related(terms)', (value) => client.terms.related(value as never), ['["a"]']],
  ['terms.suggested(term)', (value) => client.terms.suggested(value as string), NAMES],
  ['terms.suggested(options.limit)', (value) => client.terms.suggested('x', { limit: value as number }), ['undefined', '5']],
  ['analytics.getPin(query)', (value) => client.analytics.getPin('1', value as never), []],
  ['analytics.getUserAccount(query)', (value) => client.analytics.getUserAccount(value as never), []],
  ['reports.get(token)', (value) => client.reports.get('1', value as string), NAMES],
  ['reports.run(options)', (value) => client.reports.run('1', reportRequest, value as never), []],
  ['reports.run(options.timeoutMs)', (value) => client.reports.run('1', reportRequest, { timeoutMs: value as number }), []],
  ['reports.run(options.onProgress)', (value) => client.reports.run('1', reportRequest, { onProgress: value as never }), []],
  ['media.upload(upload)', (value) => client.media.upload(value as never, new Blob(['x']), 'a.mp4'), []],
  [
    'media.upload(file)',
    (value) =>
      client.media.upload(
        { media_id: '1', media_type: 'video', upload_url: 'https://x.test/', upload_parameters: {} } as never,
        value as never,
        'a.mp4',
      ),
    [],
  ],
  ['checkUserAnalyticsQuery(query)', (value) => checkUserAnalyticsQuery(value as never), []],
  ['checkPinAnalyticsQuery(now)', (value) => checkPinAnalyticsQuery({} as never, value as number), []],
  ['checkReportRequest(body)', (value) => checkReportRequest(value as never), []],
  ['dateLimitsFor(kind)', (value) => dateLimitsFor(value as never), []],
  ['isV5Scope(scope)', (value) => isV5Scope(value as string), EVERY],
  ['analyticsSeries(options)', (value) => analyticsSeries([], value as never), OBJECTS],
  ['analyticsSeries(options.metrics)', (value) => analyticsSeries([], { metrics: value as never }), ['undefined', '[]', '["a"]']],
  ['reportFileSeries(data)', (value) => reportFileSeries(value as string, 'JSON'), []],
  ['reportFileSeries(format)', (value) => reportFileSeries('{}', value as never), []],
];

describe('argument checks', () => {
  it.each(calls)('%s refuses what it cannot use with a named error', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
  });

  it("names the issue's cases: a numeric token or API URI, boards.list(null), a timeout that is not a number", async () => {
    expect(() => createV5Client({ token: 5 as never })).toThrow(
      'createV5Client: options.token must be a non-empty string of at most 4,096 characters without control characters, not the number 5.',
    );
    expect(() => createV5Client({ token: 't', apiUri: 5 as never })).toThrow(
      'createV5Client: options.apiUri must be an absolute http: or https: URL, not the number 5.',
    );
    expect(() => client.boards.list(null as never)).toThrow('boards.list: options must be an object, not null.');
    const before = sent;
    await expect(client.reports.run('1', reportRequest, { timeoutMs: 'x' as never })).rejects.toThrow(
      'reports.run: options.timeoutMs must be an integer from 1 to 86400000, not a string of 1 character.',
    );
    expect(sent, 'nothing is requested').toBe(before);
    await expect(client.calls.boards.list({ query: { page_size: Number.NaN } } as never)).rejects.toThrow(ArgumentError);
  });
});
