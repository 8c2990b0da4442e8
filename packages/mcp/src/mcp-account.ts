// The port the MCP server reads and writes through: the slice of a `@pinkit/account` account its
// tools use, so the server never holds a client or a token, and tests can hand it a fake.
import type { CopyAccount, CreatePinInput } from '@pinkit/copy-engine';

/** One page of a listing and the bookmark of the next one (null on the last page). */
export interface McpPage<T> {
  items: T[];
  bookmark: string | null;
}

/** A listing read page by page; `from` is a bookmark an earlier page handed out (a tool's cursor). */
export interface McpListing<T> {
  pages(from?: string): AsyncIterable<McpPage<T>>;
}

export interface McpPageRequest {
  pageSize?: number;
}

export interface McpAnalyticsRange {
  startDate: string;
  endDate: string;
}

export interface McpPinChanges {
  title?: string;
  description?: string;
  link?: string;
  altText?: string;
}

export interface McpAccount {
  readonly version: 5 | 3;
  getUserAccount(): Promise<object>;
  listBoards(options?: McpPageRequest): McpListing<object>;
  getBoard(boardId: string): Promise<object>;
  listBoardSections(boardId: string, options?: McpPageRequest): McpListing<object>;
  listBoardPins(boardId: string, options?: McpPageRequest): McpListing<object>;
  listUserPins(options?: McpPageRequest): McpListing<object>;
  getPin(pinId: string): Promise<object>;
  getUserAnalytics(range: McpAnalyticsRange, metrics: readonly string[]): Promise<object>;
  getPinAnalytics(pinId: string, range: McpAnalyticsRange, metrics: readonly string[]): Promise<object>;
  listAdAccounts(options?: McpPageRequest): AsyncIterable<object>;
  listCampaigns(adAccountId: string): AsyncIterable<object>;
  listAdGroups(adAccountId: string, filter?: { campaignIds?: readonly string[] }): AsyncIterable<object>;
  listAds(adAccountId: string, filter?: { adGroupIds?: readonly string[] }): AsyncIterable<object>;
  getRelatedTerms(terms: readonly string[]): Promise<object>;
  getSuggestedTerms(term: string, limit?: number): Promise<string[]>;
  createBoard(board: { name: string; description?: string; privacy?: string }): Promise<object>;
  createPin(pin: CreatePinInput): Promise<object>;
  savePin(pinId: string, target: { boardId: string; sectionId?: string }): Promise<object>;
  updatePin(pinId: string, changes: McpPinChanges): Promise<object>;
  deleteBoard(boardId: string): Promise<void>;
  copyAccount(): CopyAccount;
}
