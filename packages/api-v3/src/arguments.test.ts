import { fuzzArgument, HOSTILE_VALUES } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  checkDeliveryMetricsQuery,
  checkReportAttributes,
  checkUserMetricsQuery,
  createV3Client,
  grantedV3Scopes,
  isV3Scope,
  readV3EnvelopeStatus,
  type V3ClientOptions,
} from './index.js';

type Call = [string, (value: unknown) => unknown, string[]];

const NAMES = ['"x"', '"zzz"'];
const OBJECTS = ['undefined', '{}', 'Date'];
const withKey = (base: object, key: string, value: unknown) => ({ ...base, [key]: value });
let sent = 0;
// Every request is answered at once with an empty v3 page: an accepted value never reaches a network.
const options: V3ClientOptions = {
  token: 'pina_TEST',
  fetch: async () => ((sent += 1), new Response('{"status":"success","data":[],"bookmark":null}', { status: 200 })),
  retry: false,
  rateLimits: false,
};
const client = createV3Client(options);
const walk = async (listing: AsyncIterable<unknown>) => {
  for await (const item of listing) void item;
};
const query = { start_date: '2025-01-01', end_date: '2025-01-02', columns: ['SPEND_IN_DOLLAR'], level: 'ADVERTISER' } as never;

const calls: Call[] = [
  ['createV3Client(options)', (value) => createV3Client(value as never), []],
  ['createV3Client(options.token)', (value) => createV3Client(withKey(options, 'token', value) as never), NAMES],
  ['createV3Client(options.apiUri)', (value) => createV3Client(withKey(options, 'apiUri', value) as never), ['undefined', 'empty string']],
  ['createV3Client(options.retry)', (value) => createV3Client(withKey(options, 'retry', value) as never), OBJECTS],
  ['users.get(userId)', (value) => client.users.get(value as string), ['undefined', ...NAMES]],
  ['users.listBoards(options)', (value) => walk(client.users.listBoards('me', value as never)), OBJECTS],
  ['users.listBoards(options.pageSize)', (value) => walk(client.users.listBoards('me', { pageSize: value as number })), ['undefined', '5']],
  [
    'users.listBoards(options.includeEmpty)',
    (value) => walk(client.users.listBoards('me', { includeEmpty: value as boolean })),
    ['undefined', 'true'],
  ],
  ['users.listPins(options)', (value) => walk(client.users.listPins('me', value as never)), OBJECTS],
  ['boards.listPins(options)', (value) => walk(client.boards.listPins('1', value as never)), OBJECTS],
  ['boards.listSections(options)', (value) => walk(client.boards.listSections('1', value as never)), OBJECTS],
  ['boards.listSectionPins(options)', (value) => walk(client.boards.listSectionPins('1', value as never)), OBJECTS],
  ['boards.create(input)', (value) => client.boards.create(value as never), []],
  ['boards.createSection(input)', (value) => client.boards.createSection('1', value as never), []],
  ['pins.get(pinId)', (value) => client.pins.get(value as string), []],
  ['pins.create(input)', (value) => client.pins.create(value as never), []],
  ['ads.listAdvertisers(options)', (value) => walk(client.ads.listAdvertisers('1', value as never)), OBJECTS],
  ['ads.listCampaigns(options)', (value) => walk(client.ads.listCampaigns('1', value as never)), OBJECTS],
  ['analytics.getCampaignMetrics(campaignIds)', (value) => client.analytics.getCampaignMetrics('1', value as never, query), []],
  ['analytics.getAdMetrics(adIds)', (value) => client.analytics.getAdMetrics('1', value as never, query), []],
  ['analytics.getUserMetrics(query)', (value) => client.analytics.getUserMetrics('me', value as never), []],
  ['reports.runDeliveryMetricsReport(options)', (value) => client.reports.runDeliveryMetricsReport('1', query, value as never), []],
  [
    'reports.runDeliveryMetricsReport(options.timeoutMs)',
    (value) => client.reports.runDeliveryMetricsReport('1', query, { timeoutMs: value as number }),
    [],
  ],
  [
    'reports.waitForDeliveryMetricsReport(options.timeoutMs)',
    (value) => client.reports.waitForDeliveryMetricsReport('1', 't', { timeoutMs: value as number }),
    [],
  ],
  ['raw.send(input)', (value) => client.raw.send(value as never), []],
  ['pacer(category)', (value) => client.pacer(value as string), NAMES],
  ['checkUserMetricsQuery(query)', (value) => checkUserMetricsQuery(value as never), []],
  ['checkDeliveryMetricsQuery(query)', (value) => checkDeliveryMetricsQuery(value as never), []],
  ['checkReportAttributes(attributes)', (value) => checkReportAttributes(value as never), []],
  ['isV3Scope(scope)', (value) => isV3Scope(value as string), [...HOSTILE_VALUES.keys()]],
  ['grantedV3Scopes(value)', (value) => grantedV3Scopes(value as never), ['[]', '["a"]']],
  ['readV3EnvelopeStatus(body)', (value) => readV3EnvelopeStatus(value as never), ['{}', 'Date']],
];

describe('argument checks', () => {
  it.each(calls)('%s refuses what it cannot use with a named error', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
  });

  it('refuses users.listBoards(null) and a numeric token by name, before any request', async () => {
    const before = sent;
    expect(() => client.users.listBoards('me', null as never)).toThrow('users.listBoards: options must be an object, not null.');
    expect(() => createV3Client({ token: 5 as never })).toThrow(ArgumentError);
    await expect(client.reports.runDeliveryMetricsReport('1', query, { timeoutMs: 'x' as never })).rejects.toThrow(
      'reports.runDeliveryMetricsReport: options.timeoutMs must be an integer from 1 to 86400000',
    );
    expect(sent).toBe(before);
  });
});
