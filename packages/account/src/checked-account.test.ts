import { createV3Client } from '@pinkit/api-v3';
import { createV5Client } from '@pinkit/api-v5';
import { NetworkError } from '@pinkit/http';
import { freePort, fuzzArgument } from '@pinkit/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnyAccount } from './account.js';
import { checkedAccount } from './checked-account.js';
import { openAccount } from './open-account.js';
import { v3Account } from './v3/open-v3-account.js';
import { v5Account } from './v5/open-v5-account.js';

// Every method of an account, each argument given every hostile value, on both versions. The
// clients point at a closed loopback port without retries: a value the checks let through ends in
// a NetworkError at once, which counts here as taken; anything else must be a named refusal. What
// v3 never had is refused as such (UnsupportedCapabilityError) whatever it is given.

type Call = (account: AnyAccount, value: unknown) => unknown;
type Row = [name: string, call: Call, accepts: readonly string[]];

const ID = ['"x"', '"zzz"'];
const OPTIONAL = ['undefined'];
// A Date is an object too: an options bag of it has no option set.
const OPTIONAL_BAG = ['undefined', '{}', 'Date'];
const OPTIONAL_TEXT = ['undefined', 'empty string', '"x"', '"zzz"'];
const OPTIONAL_LINES = [...OPTIONAL_TEXT, 'CR/LF string'];
const OPTIONAL_IDS = ['undefined', '[]', '["a"]'];
const RANGE = { startDate: '2026-01-01', endDate: '2026-01-31' };
const ADS_QUERY = { ...RANGE, granularity: 'DAY', columns: ['SPEND_IN_DOLLAR'] };
const REPORT = { ...RANGE, granularity: 'DAY', level: 'CAMPAIGN', columns: ['SPEND_IN_DOLLAR'], format: 'JSON' };
const PIN = { board_id: '1', media_source: { source_type: 'image_url', url: 'https://i.example/a.jpg' } };
const GET = { method: 'GET', path: '/v5/boards' };

/** The first item of a listing, so that a lazy one is read. */
async function first(items: AsyncIterable<unknown>): Promise<void> {
  for await (const item of items) return void item;
}

const any = (value: unknown) => value as never;

const ROWS: Row[] = [
  ['listBoards(options)', (a, v) => first(a.listBoards(any(v))), OPTIONAL_BAG],
  ['listBoards(options.pageSize)', (a, v) => first(a.listBoards({ pageSize: any(v) })), [...OPTIONAL, '5']],
  ['listBoards(options.includeEmpty)', (a, v) => first(a.listBoards({ includeEmpty: any(v) })), [...OPTIONAL, 'true']],
  ['listBoards(options.includeArchived)', (a, v) => first(a.listBoards({ includeArchived: any(v) })), [...OPTIONAL, 'true']],
  ['getBoard(boardId)', (a, v) => a.getBoard(any(v)), ID],
  ['listBoardPins(boardId)', (a, v) => first(a.listBoardPins(any(v))), ID],
  ['listBoardPins(options)', (a, v) => first(a.listBoardPins('1', any(v))), OPTIONAL_BAG],
  ['listBoardSections(boardId)', (a, v) => first(a.listBoardSections(any(v))), ID],
  ['listBoardSections(options.pageSize)', (a, v) => first(a.listBoardSections('1', { pageSize: any(v) })), [...OPTIONAL, '5']],
  ['createBoard(board)', (a, v) => a.createBoard(any(v)), []],
  ['createBoard(board.name)', (a, v) => a.createBoard({ name: any(v) }), ID],
  ['createBoard(board.description)', (a, v) => a.createBoard({ name: 'b', description: any(v) }), OPTIONAL_LINES],
  ['createBoard(board.privacy)', (a, v) => a.createBoard({ name: 'b', privacy: any(v) }), OPTIONAL],
  ['deleteBoard(boardId)', (a, v) => a.deleteBoard(any(v)), ID],
  ['createSection(boardId)', (a, v) => a.createSection(any(v), { name: 's' }), ID],
  ['createSection(section)', (a, v) => a.createSection('1', any(v)), []],
  ['createSection(section.name)', (a, v) => a.createSection('1', { name: any(v) }), ID],
  ['getPin(pinId)', (a, v) => a.getPin(any(v)), ID],
  ['listUserPins(options)', (a, v) => first(a.listUserPins(any(v))), OPTIONAL_BAG],
  ['createPin(pin)', (a, v) => a.createPin(any(v)), []],
  ['createPin(pin.board_id)', (a, v) => a.createPin({ ...PIN, board_id: any(v) } as never), ID],
  ['createPin(pin.board_section_id)', (a, v) => a.createPin({ ...PIN, board_section_id: any(v) } as never), [...OPTIONAL, ...ID]],
  ['createPin(pin.title)', (a, v) => a.createPin({ ...PIN, title: any(v) } as never), OPTIONAL_LINES],
  ['createPin(pin.link)', (a, v) => a.createPin({ ...PIN, link: any(v) } as never), OPTIONAL_TEXT],
  ['createPin(pin.media_source)', (a, v) => a.createPin({ ...PIN, media_source: any(v) }), []],
  ['createPin(pin.media_source.url)', (a, v) => a.createPin({ ...PIN, media_source: { source_type: 'image_url', url: any(v) } }), []],
  ['savePin(pinId)', (a, v) => a.savePin(any(v), { boardId: '1' }), ID],
  ['savePin(target)', (a, v) => a.savePin('1', any(v)), []],
  ['savePin(target.sectionId)', (a, v) => a.savePin('1', { boardId: '1', sectionId: any(v) }), [...OPTIONAL, ...ID]],
  ['updatePin(pinId)', (a, v) => a.updatePin(any(v), { title: 't' }), ID],
  ['updatePin(changes)', (a, v) => a.updatePin('1', any(v)), ['{}', 'Date']],
  ['updatePin(changes.title)', (a, v) => a.updatePin('1', { title: any(v) }), OPTIONAL_LINES],
  ['updatePin(changes.link)', (a, v) => a.updatePin('1', { link: any(v) }), OPTIONAL_TEXT],
  ['uploadVideo(file)', (a, v) => a.uploadVideo(any(v), 'v.mp4'), []],
  ['uploadVideo(filename)', (a, v) => a.uploadVideo(new Blob(['v']), any(v)), ID],
  ['getMediaStatus(mediaId)', (a, v) => a.getMediaStatus(any(v)), ID],
  ['copyAccount(options)', (a, v) => a.copyAccount(any(v)), OPTIONAL_BAG],
  ['copyAccount(options.pageSize)', (a, v) => a.copyAccount({ pageSize: any(v) }), [...OPTIONAL, '5']],
  ['getCopyablePin(pinId)', (a, v) => a.getCopyablePin(any(v)), ID],
  ['listAdAccounts(options)', (a, v) => first(a.listAdAccounts(any(v))), OPTIONAL_BAG],
  ['getAdAccount(adAccountId)', (a, v) => a.getAdAccount(any(v)), ID],
  ['listCampaigns(adAccountId)', (a, v) => first(a.listCampaigns(any(v))), ID],
  ['listCampaigns(filter.campaignIds)', (a, v) => first(a.listCampaigns('1', { campaignIds: any(v) })), OPTIONAL_IDS],
  ['listAdGroups(filter)', (a, v) => first(a.listAdGroups('1', any(v))), OPTIONAL_BAG],
  ['listAds(filter.adIds)', (a, v) => first(a.listAds('1', { adIds: any(v) })), OPTIONAL_IDS],
  ['getRelatedTerms(terms)', (a, v) => a.getRelatedTerms(any(v)), ['["a"]']],
  ['getSuggestedTerms(term)', (a, v) => a.getSuggestedTerms(any(v)), ID],
  ['getSuggestedTerms(limit)', (a, v) => a.getSuggestedTerms('t', any(v)), [...OPTIONAL, '5']],
  ['getUserAnalytics(range)', (a, v) => a.getUserAnalytics(any(v), ['IMPRESSION']), []],
  ['getUserAnalytics(range.startDate)', (a, v) => a.getUserAnalytics({ ...RANGE, startDate: any(v) }, ['IMPRESSION']), []],
  ['getUserAnalytics(metrics)', (a, v) => a.getUserAnalytics(RANGE, any(v)), ['["a"]']],
  ['getUserAnalytics(adAccountId)', (a, v) => a.getUserAnalytics(RANGE, ['IMPRESSION'], any(v)), [...OPTIONAL, ...ID]],
  ['getPinAnalytics(pinId)', (a, v) => a.getPinAnalytics(any(v), RANGE, ['IMPRESSION']), ID],
  ['getAdsAnalytics(level)', (a, v) => a.getAdsAnalytics(any(v), { adAccountId: '1' }, ADS_QUERY), []],
  ['getAdsAnalytics(ids)', (a, v) => a.getAdsAnalytics('ad_account', any(v), ADS_QUERY), []],
  ['getAdsAnalytics(ids.campaignId)', (a, v) => a.getAdsAnalytics('campaign', { adAccountId: '1', campaignId: any(v) }, ADS_QUERY), ID],
  [
    'getAdsAnalytics(query.columns)',
    (a, v) => a.getAdsAnalytics('ad_account', { adAccountId: '1' }, { ...ADS_QUERY, columns: any(v) }),
    ['["a"]'],
  ],
  ['listAdsChoices(level)', (a, v) => first(a.listAdsChoices(any(v), {})), []],
  ['listAdsChoices(ids.adAccountId)', (a, v) => first(a.listAdsChoices('campaign', { adAccountId: any(v) })), ID],
  ['runAdsReport(adAccountId)', (a, v) => a.runAdsReport(any(v), REPORT, {}), ID],
  ['runAdsReport(request)', (a, v) => a.runAdsReport('1', any(v), {}), []],
  ['runAdsReport(request.format)', (a, v) => a.runAdsReport('1', { ...REPORT, format: any(v) }, {}), ID],
  ['runAdsReport(options)', (a, v) => a.runAdsReport('1', REPORT, any(v)), OPTIONAL_BAG],
  ['runAdsReport(options.timeoutMs)', (a, v) => a.runAdsReport('1', REPORT, { timeoutMs: any(v) }), [...OPTIONAL, '5']],
  ['runAdsReport(options.onProgress)', (a, v) => a.runAdsReport('1', REPORT, { onProgress: any(v) }), [...OPTIONAL, 'function']],
  ['request(request)', (a, v) => a.request(any(v)), []],
  ['request(request.method)', (a, v) => a.request({ ...GET, method: any(v) }), []],
  ['request(request.path)', (a, v) => a.request({ ...GET, path: any(v) }), []],
  ['request(request.query)', (a, v) => a.request({ ...GET, query: any(v) }), OPTIONAL_BAG],
  ['request(request.operationId)', (a, v) => a.request({ ...GET, operationId: any(v) }), [...OPTIONAL, ...ID]],
  ['requestPages(request.path)', (a, v) => first(a.requestPages({ ...GET, path: any(v) })), []],
];

/** Settles as taken when the call got past every check: it was sent, and met the closed port. */
async function taken(call: () => unknown): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (error instanceof NetworkError) return;
    throw error;
  }
}

const accounts: Record<string, AnyAccount> = {};

beforeAll(async () => {
  const apiUri = `http://127.0.0.1:${await freePort()}`;
  accounts.v5 = checkedAccount(v5Account(createV5Client({ apiUri, token: 'pina_T', retry: false, rateLimits: false })));
  accounts.v3 = checkedAccount(v3Account(createV3Client({ apiUri, token: 'pina_T', retry: false, rateLimits: false })));
});

describe.each(['v5', 'v3'])('a %s account checks its arguments', (version) => {
  it.each(ROWS)('%s', async (_name, call, accepts) => {
    const account = accounts[version] as AnyAccount;
    await fuzzArgument((value) => taken(() => call(account, value)), { accepts });
  });
});

describe('the account openAccount returns', () => {
  it.each([5, 3] as const)('on v%s refuses a wrong argument with ArgumentError, before anything is sent', async (version) => {
    const account = await openAccount({ version, token: 'pina_T', apiUri: `http://127.0.0.1:${await freePort()}` });
    expect(() => account.listBoards(null as never)).toThrow(
      expect.objectContaining({ name: 'ArgumentError', message: 'listBoards: options must be an object, not null.' }),
    );
    await expect(account.runAdsReport('1', REPORT as never, { timeoutMs: 'x' as never })).rejects.toMatchObject({
      name: 'ArgumentError',
      argument: 'options.timeoutMs',
    });
  });
});
