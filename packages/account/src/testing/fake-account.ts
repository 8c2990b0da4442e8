import { argumentsOf } from '@pinkit/arguments';
import { fromPages, type Listing } from '@pinkit/http';
import type { AccountShapes, AnyAccount, ApiVersion, Capability, V3Account, V3Shapes, V5Account, V5Shapes } from '../account.js';
import type { OpenAccountOptions } from '../open-account-options.js';
import { refuseUnsupported } from '../scopes.js';
import { checkOpenAccountOptions } from '../check-open-account-options.js';

const ofFakeAccount = argumentsOf('fakeAccount');
const ofFakeOpener = argumentsOf('fakeOpener');

/** A board of a fake account, with what is on it. */
export interface FakeBoard<S extends AccountShapes> {
  board: S['board'] & { id?: string | null };
  sections?: Array<S['section']>;
  pins?: Array<S['pin'] & { id?: string | null }>;
}

/**
 * What a fake account holds, in the version's own shapes (as a front-end's `--json` would print
 * them). Whatever is left out answers empty; a capability the fake cannot answer from this data
 * (analytics, reports, uploads) rejects with `FakeAccountError`, so a test never passes on a stub.
 */
export interface FakeAccountData<S extends AccountShapes> {
  user: S['user'];
  boards?: Array<FakeBoard<S>>;
  /** Pins that are on no board of the user (another user's pins a test reads by id). */
  otherPins?: Array<S['pin'] & { id?: string | null }>;
  adAccounts?: Array<S['adAccount'] & { id?: string | null }>;
  campaigns?: Array<S['campaign']>;
  adGroups?: Array<S['adGroup']>;
  ads?: Array<S['ad']>;
  businesses?: Array<S['business']>;
  relatedTerms?: S['relatedTerms'];
  suggestedTerms?: string[];
}

/** A read or write of a fake account, as the front-end asked for it. */
export interface FakeCall {
  capability: Capability;
  args: unknown[];
}

/** A capability the fake account was given no data for, or an id it does not hold (its 404). */
export class FakeAccountError extends Error {
  override readonly name = 'FakeAccountError';
}

type Fake<V extends ApiVersion> = (V extends 5 ? V5Account : V3Account) & { readonly calls: FakeCall[] };

/** A listing of `items`, `pageSize` a page (default all of them on one). */
function listing<T>(items: readonly T[], pageSize?: number): Listing<T> {
  const size = Math.max(1, pageSize ?? Math.max(items.length, 1));
  return fromPages(async function* () {
    for (let start = 0; start === 0 || start < items.length; start += size) {
      const end = start + size;
      yield { items: items.slice(start, end), bookmark: end < items.length ? String(end) : null };
    }
  });
}

const idOf = (item: unknown): unknown => (item as { id?: unknown }).id;

/**
 * An in-memory account of `version` over `data`: no HTTP, no token. Every call is recorded in
 * `calls`; capabilities the version lacks are refused as a real account refuses them.
 */
export function fakeAccount<V extends ApiVersion>(version: V, data: FakeAccountData<V extends 5 ? V5Shapes : V3Shapes>): Fake<V> {
  ofFakeAccount.oneOf(version, 'version', [5, 3]);
  const given = ofFakeAccount.object(data, 'data');
  ofFakeAccount.object(given.user, 'data.user');
  ofFakeAccount.array(given.boards, 'data.boards', { optional: true });
  const calls: FakeCall[] = [];
  const boards = data.boards ?? [];
  const record = (capability: Capability, args: unknown[]) => {
    calls.push({ capability, args });
    refuseUnsupported(version, capability);
  };
  const find = <T>(items: readonly T[], id: string, what: string): T => {
    const found = items.find((item) => idOf(item) === id);
    if (found === undefined) throw new FakeAccountError(`The fake account has no ${what} ${id}.`);
    return found;
  };
  const boardOf = (boardId: string) => {
    const entry = boards.find((candidate) => idOf(candidate.board) === boardId);
    if (entry === undefined) throw new FakeAccountError(`The fake account has no board ${boardId}.`);
    return entry;
  };
  const allPins = () => [...boards.flatMap((entry) => entry.pins ?? []), ...(data.otherPins ?? [])];
  const missing =
    (capability: Capability) =>
    async (...args: unknown[]) => {
      record(capability, args);
      throw new FakeAccountError(`The fake account answers no ${capability}; give a real one (the simulator) for it.`);
    };
  const fake = {
    version,
    calls,
    getUserAccount: async () => (record('getUserAccount', []), data.user),
    listBoards: (options: { pageSize?: number } = {}) => (
      record('listBoards', [options]),
      listing(
        boards.map((entry) => entry.board),
        options.pageSize,
      )
    ),
    getBoard: async (boardId: string) => (record('getBoard', [boardId]), boardOf(boardId).board),
    listBoardPins: (boardId: string, options: { pageSize?: number } = {}) => (
      record('listBoardPins', [boardId, options]),
      listing(boardOf(boardId).pins ?? [], options.pageSize)
    ),
    listBoardSections: (boardId: string, options: { pageSize?: number } = {}) => (
      record('listBoardSections', [boardId, options]),
      listing(boardOf(boardId).sections ?? [], options.pageSize)
    ),
    getPin: async (pinId: string) => (record('getPin', [pinId]), find(allPins(), pinId, 'pin')),
    listUserPins: (options: { pageSize?: number } = {}) => (
      record('listUserPins', [options]),
      listing(
        boards.flatMap((entry) => entry.pins ?? []),
        options.pageSize,
      )
    ),
    listAdAccounts: (options: { pageSize?: number } = {}) => (
      record('listAdAccounts', [options]),
      listing(data.adAccounts ?? [], options.pageSize)
    ),
    getAdAccount: async (adAccountId: string) => (
      record('getAdAccount', [adAccountId]),
      find(data.adAccounts ?? [], adAccountId, 'ad account')
    ),
    listCampaigns: (...args: unknown[]) => (record('listCampaigns', args), listing(data.campaigns ?? [])),
    listAdGroups: (...args: unknown[]) => (record('listAdGroups', args), listing(data.adGroups ?? [])),
    listAds: (...args: unknown[]) => (record('listAds', args), listing(data.ads ?? [])),
    listLinkedBusinesses: async () => (record('listLinkedBusinesses', []), data.businesses ?? []),
    getRelatedTerms: async (...args: unknown[]) => {
      record('getRelatedTerms', args);
      if (data.relatedTerms === undefined) throw new FakeAccountError('The fake account was given no related terms.');
      return data.relatedTerms;
    },
    getSuggestedTerms: async (term: string, limit?: number) => {
      record('getSuggestedTerms', [term, limit]);
      return (data.suggestedTerms ?? []).slice(0, limit ?? 10);
    },
    createBoard: missing('createBoard'),
    deleteBoard: missing('deleteBoard'),
    createSection: missing('createSection'),
    createPin: missing('createPin'),
    savePin: missing('savePin'),
    updatePin: missing('updatePin'),
    uploadVideo: missing('uploadVideo'),
    getMediaStatus: missing('getMediaStatus'),
    copyAccount: () => {
      throw new FakeAccountError('The fake account has no copy engine account; copy against the simulator.');
    },
    getCopyablePin: missing('getCopyablePin'),
    getUserAnalytics: missing('getUserAnalytics'),
    getPinAnalytics: missing('getPinAnalytics'),
    getAdsAnalytics: missing('getAdsAnalytics'),
    listAdsChoices: (level: string) => {
      record('listAdsChoices', [level]);
      throw new FakeAccountError('The fake account answers no listAdsChoices.');
    },
    runAdsReport: missing('runAdsReport'),
    listReportMetrics: missing('listReportMetrics'),
    request: missing('request'),
    requestPages: missing('requestPages'),
  };
  // One object serves both versions: it hands back the objects it was given, in their own shapes.
  return fake as unknown as Fake<V>;
}

/**
 * An `openAccount` for a front-end's tests: answers every open with `account`, after checking
 * that the front-end asked for the account's version, and records the options it was opened with.
 */
export function fakeOpener(account: AnyAccount): ((options: OpenAccountOptions) => Promise<AnyAccount>) & { opened: OpenAccountOptions[] } {
  ofFakeOpener.oneOf(ofFakeOpener.object(account, 'account').version, 'account.version', [5, 3]);
  const opened: OpenAccountOptions[] = [];
  // Opening checks its options as openAccount does, so a front-end's tests meet the same refusals.
  const open = async (options: OpenAccountOptions) => {
    checkOpenAccountOptions(options);
    opened.push(options);
    if (options.version !== account.version) {
      throw new FakeAccountError(`The front-end opened API v${options.version}; the fake account is v${account.version}.`);
    }
    return account;
  };
  return Object.assign(open, { opened });
}
