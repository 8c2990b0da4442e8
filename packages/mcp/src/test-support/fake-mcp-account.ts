// An in-memory account for the server's unit tests: records every call, so a test can assert that
// a refused argument never reached the account.
import type { CopyAccount } from '@pinkit/copy-engine';
import type { McpAccount, McpListing, McpPageRequest } from '../mcp-account.js';

export interface FakeAccount extends McpAccount {
  calls: string[];
  /** The next call of this method rejects with the error. */
  failNext(method: string, error: Error): void;
}

function pagesOf<T>(all: T[], request: McpPageRequest = {}): McpListing<T> {
  const size = request.pageSize ?? 25;
  return {
    async *pages(from) {
      let start = from ? Number(from) : 0;
      while (start < all.length || start === 0) {
        const next = start + size;
        yield { items: all.slice(start, next), bookmark: next < all.length ? String(next) : null };
        if (next >= all.length) return;
        start = next;
      }
    },
  };
}

export function fakeMcpAccount(): FakeAccount {
  const calls: string[] = [];
  const failures = new Map<string, Error>();
  const boards = Array.from({ length: 30 }, (_, index) => ({ id: String(1000 + index), name: `Board ${index}` }));
  const pins = Array.from({ length: 7 }, (_, index) => ({ id: String(5000 + index), title: `Pin ${index}`, board_id: '1000' }));
  const call = <T>(method: string, value: () => T): T => {
    calls.push(method);
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      throw failure;
    }
    return value();
  };
  const asyncCall = async <T>(method: string, value: () => T): Promise<T> => call(method, value);
  async function* items<T>(list: T[]) {
    yield* list;
  }
  return {
    version: 5,
    calls,
    failNext: (method, error) => void failures.set(method, error),
    getUserAccount: () => asyncCall('getUserAccount', () => ({ id: '42', username: 'fake' })),
    listBoards: (request) => call('listBoards', () => pagesOf(boards, request)),
    getBoard: (boardId) => asyncCall('getBoard', () => ({ id: boardId, name: 'A board' })),
    listBoardSections: (boardId, request) =>
      call('listBoardSections', () => pagesOf([{ id: '77', name: `Section of ${boardId}` }], request)),
    listBoardPins: (_boardId, request) => call('listBoardPins', () => pagesOf(pins, request)),
    listUserPins: (request) => call('listUserPins', () => pagesOf(pins, request)),
    getPin: (pinId) => asyncCall('getPin', () => ({ id: pinId, title: 'A pin' })),
    getUserAnalytics: (range, metrics) => asyncCall('getUserAnalytics', () => ({ range, metrics })),
    getPinAnalytics: (pinId, range, metrics) => asyncCall('getPinAnalytics', () => ({ pinId, range, metrics })),
    listAdAccounts: () => call('listAdAccounts', () => items([{ id: '9', name: 'Ads' }])),
    listCampaigns: () => call('listCampaigns', () => items([{ id: '91', name: 'Campaign' }])),
    listAdGroups: () => call('listAdGroups', () => items([{ id: '92', name: 'Group' }])),
    listAds: () => call('listAds', () => items([{ id: '93', name: 'Ad' }])),
    getRelatedTerms: (terms) => asyncCall('getRelatedTerms', () => ({ terms })),
    getSuggestedTerms: (term) => asyncCall('getSuggestedTerms', () => [`${term} ideas`]),
    createBoard: (board) => asyncCall('createBoard', () => ({ id: '2000', ...board })),
    createPin: (pin) => asyncCall('createPin', () => ({ id: '6000', ...pin })),
    savePin: (pinId, target) => asyncCall('savePin', () => ({ id: pinId, board_id: target.boardId })),
    updatePin: (pinId, changes) => asyncCall('updatePin', () => ({ id: pinId, ...changes })),
    deleteBoard: (boardId) => asyncCall('deleteBoard', () => void boardId),
    copyAccount: () => call('copyAccount', () => ({}) as CopyAccount),
  };
}
