// What pinkit's commands need from Pinterest, named for the job and not for an API version:
// each version's client is adapted to these in api/<version>/, so a command never knows which
// version it talks to. Reads return the version's own objects, so `--json` prints what that
// version's API answered; `Shapes` names them (v5's for now).
import type { V3AdGroup, V3Advertiser, V3Board, V3Business, V3Campaign, V3Pin, V3PinPromotion, V3Section, V3User } from '@pinkit/api-v3';
import type { Account, Ad, AdAccount, AdGroup, Board, BoardSection, Campaign, LinkedBusiness, Pin, RelatedTerms } from '@pinkit/api-v5';
import type { CopyAccount, CopyPin, CreatePinInput } from '@pinkit/copy-engine';
import type { Listing } from '@pinkit/http';
import type { ApiVersion } from '../config/pinkit-config.js';

/** The objects an API version answers with. */
export interface ApiShapes {
  user: object;
  board: object;
  section: object;
  pin: object;
  adAccount: object;
  campaign: object;
  adGroup: object;
  ad: object;
  business: object;
  relatedTerms: object;
}

export interface V5Shapes extends ApiShapes {
  user: Account;
  board: Board;
  section: BoardSection;
  pin: Pin;
  adAccount: AdAccount;
  campaign: Campaign;
  adGroup: AdGroup;
  ad: Ad;
  business: LinkedBusiness;
  relatedTerms: RelatedTerms;
}

/** v3's objects, for the reads it has; the areas v3 is not served for yet stay `object`. */
export interface V3Shapes extends ApiShapes {
  user: V3User;
  board: V3Board;
  section: V3Section;
  pin: V3Pin;
  adAccount: V3Advertiser;
  campaign: V3Campaign;
  adGroup: V3AdGroup;
  ad: V3PinPromotion;
  business: V3Business;
}

/** The shapes the commands and their summaries handle today: v5's. */
export type { Account, Board, BoardSection, Pin };
export type { Ad, AdAccount, AdGroup, Campaign, LinkedBusiness, RelatedTerms };

export interface PageOptions {
  /** Items per page; each version has its own default and maximum. */
  pageSize?: number;
}

export interface UserReader<S extends ApiShapes = V5Shapes> {
  /** The account the access token belongs to. */
  getUserAccount(): Promise<S['user']>;
}

/** Filters on the user's boards; a version without the filter (v5 has neither) ignores it. */
export interface BoardFilter {
  /** Boards without pins too. */
  includeEmpty?: boolean;
  /** Archived boards too. */
  includeArchived?: boolean;
}

export interface BoardReader<S extends ApiShapes = V5Shapes> {
  listBoards(options?: PageOptions & BoardFilter): Listing<S['board']>;
  getBoard(boardId: string): Promise<S['board']>;
  /** Every pin of the board, sectioned ones too. */
  listBoardPins(boardId: string, options?: PageOptions): Listing<S['pin']>;
  listBoardSections(boardId: string, options?: PageOptions): Listing<S['section']>;
}

export interface BoardWriter {
  /** Deletes the board with its sections and pins. */
  deleteBoard(boardId: string): Promise<void>;
}

export interface PinReader<S extends ApiShapes = V5Shapes> {
  getPin(pinId: string): Promise<S['pin']>;
  /** All of the user's pins, however the version has to find them. */
  listUserPins(options?: PageOptions): Listing<S['pin']>;
}

/** Ids that narrow a list of the ads tree to some parents, or to some entities. */
export interface AdTreeFilter {
  campaignIds?: readonly string[];
  adGroupIds?: readonly string[];
  adIds?: readonly string[];
}

export interface AdsReader<S extends ApiShapes = V5Shapes> {
  listAdAccounts(options?: PageOptions): Listing<S['adAccount']>;
  getAdAccount(adAccountId: string): Promise<S['adAccount']>;
  /** Active and paused campaigns of the account (archived ones are left out, as Pinterest's default). */
  listCampaigns(adAccountId: string, filter?: Pick<AdTreeFilter, 'campaignIds'>): Listing<S['campaign']>;
  listAdGroups(adAccountId: string, filter?: Pick<AdTreeFilter, 'campaignIds' | 'adGroupIds'>): Listing<S['adGroup']>;
  listAds(adAccountId: string, filter?: AdTreeFilter): Listing<S['ad']>;
}

export interface BusinessReader<S extends ApiShapes = V5Shapes> {
  /** The business accounts linked to the user's. */
  listLinkedBusinesses(): Promise<Array<S['business']>>;
}

export interface TermsReader<S extends ApiShapes = V5Shapes> {
  /** Terms related to each of `terms`. */
  getRelatedTerms(terms: readonly string[]): Promise<S['relatedTerms']>;
  /** Popular searches that begin with `term`, at most `limit` of them. */
  getSuggestedTerms(term: string, limit?: number): Promise<string[]>;
}

/** A new pin in the copy engine's words, which no API version owns. */
export type NewPin = CreatePinInput;

export interface PinWriter<S extends ApiShapes = V5Shapes> {
  createPin(pin: NewPin): Promise<S['pin']>;
  /** Saves an existing pin to one of the user's boards (and a section of it). */
  savePin(pinId: string, target: { boardId: string; sectionId?: string }): Promise<S['pin']>;
}

export interface MediaUploader {
  /** Registers and sends a video; resolves to its media id once the file is sent (not yet processed). */
  uploadVideo(file: Blob, filename: string): Promise<string>;
  /** Pinterest's processing status of an upload: `registered`, `processing`, `succeeded` or `failed`. */
  getMediaStatus(mediaId: string): Promise<string>;
}

export interface CopySource {
  /** The account as `@pinkit/copy-engine` reads and writes it; `uploadVideo` lets it take video pins as videos. */
  copyAccount(options?: { uploadVideo?: CopyAccount['uploadVideo'] }): CopyAccount;
  /** One pin as the copy engine sees it (copy-pin). */
  getCopyablePin(pinId: string): Promise<CopyPin>;
}

/** A day range, `YYYY-MM-DD` both ends (UTC). */
export interface AnalyticsRange {
  startDate: string;
  endDate: string;
}

/** The ads levels analytics are read at; each needs the ids of the levels above it. */
export type AdsAnalyticsLevel = 'ad_account' | 'campaign' | 'ad_group' | 'ad';

export interface AdsIds {
  adAccountId: string;
  campaignId?: string;
  adGroupId?: string;
  adId?: string;
}

/** An ads object a user can pick from a list (an ad account, a campaign...). */
export interface AdsChoice {
  id: string;
  name: string;
}

/** How an asynchronous ads report goes, for a progress line. */
export interface ReportProgressEvent {
  status: string;
  polls: number;
  elapsedMs: number;
  nextPollMs?: number;
}

export interface AdsReportRequest extends AnalyticsRange {
  granularity: string;
  level: string;
  columns: readonly string[];
  format: string;
}

export interface AnalyticsReader {
  /** The user's (or, with `adAccountId`, that account owner's) metrics by day, with a summary. */
  getUserAnalytics(range: AnalyticsRange, metrics: readonly string[], adAccountId?: string): Promise<object>;
  getPinAnalytics(pinId: string, range: AnalyticsRange, metrics: readonly string[]): Promise<object>;
  /** Rows of `columns` per period for the object at `level`, named by `ids`. */
  getAdsAnalytics(
    level: AdsAnalyticsLevel,
    ids: AdsIds,
    query: AnalyticsRange & { granularity: string; columns: readonly string[] },
  ): Promise<object[]>;
  /** The objects at `level` under the ids given (the user's ad accounts, an account's campaigns...). */
  listAdsChoices(level: AdsAnalyticsLevel, ids: Partial<AdsIds>): AsyncIterable<AdsChoice>;
  /** Requests an asynchronous report, waits for it and returns the file's text. */
  runAdsReport(
    adAccountId: string,
    request: AdsReportRequest,
    options: { onProgress?: (event: ReportProgressEvent) => void; timeoutMs?: number },
  ): Promise<{ data: string; size: number | null }>;
}

/** Everything above for one access token and one API version. */
export type PinterestApi<S extends ApiShapes = V5Shapes> = { readonly version: ApiVersion } & UserReader<S> &
  BoardReader<S> &
  BoardWriter &
  PinReader<S> &
  PinWriter<S> &
  MediaUploader &
  CopySource &
  AdsReader<S> &
  BusinessReader<S> &
  TermsReader<S> &
  AnalyticsReader;

/** What get-ads and get-businesses need: every version has it. */
export type AdsApi<S extends ApiShapes = V5Shapes> = { readonly version: ApiVersion } & AdsReader<S> & BusinessReader<S>;

/** A metric an asynchronous report can carry, with the version's definition of it. */
export interface ReportMetric {
  name: string;
  definition: string;
}

/**
 * What get-analytics and analytics-api-example need: every version has it. v3 had no Pin analytics
 * (`getPinAnalytics` is v5's alone); only v3 lists the metrics a report can carry.
 */
export type AnalyticsApi = { readonly version: ApiVersion } & Omit<AnalyticsReader, 'getPinAnalytics'> & {
    listReportMetrics?(): Promise<ReportMetric[]>;
  };

/** What the reading commands (get-pin, get-board, get-user-boards, get-user-pins) need: every version has it. */
export type ReadingApi<S extends ApiShapes = V5Shapes> = { readonly version: ApiVersion } & UserReader<S> & BoardReader<S> & PinReader<S>;

/** Who a token belongs to, in the fields every version's user has. */
export interface AccountRef {
  id?: string | null;
  username?: string | null;
}

/** A board as delete-board names it, in the fields every version's board has. */
export interface BoardRef {
  id?: string | null;
  name?: string | null;
  pin_count?: number | null;
}

/**
 * What copy-pin and copy-board need of one account, in every version: who it is, the copy
 * engine's account, and a new pin in the version's own shape. `media` is there where the
 * version can upload videos (v5; v3 could not).
 */
export type CopyingApi<S extends ApiShapes = V5Shapes> = { readonly version: ApiVersion } & CopySource & {
    getUserAccount(): Promise<S['user'] & AccountRef>;
    createPin(pin: NewPin): Promise<S['pin']>;
    readonly media: MediaUploader | undefined;
  };

/** What delete-board needs, in every version. */
export interface BoardDeletingApi extends BoardWriter {
  readonly version: ApiVersion;
  getUserAccount(): Promise<AccountRef>;
  getBoard(boardId: string): Promise<BoardRef>;
  listBoards(): AsyncIterable<BoardRef>;
}
