// What a front-end (the CLI, the examples, an MCP server) needs from one Pinterest account,
// named for the job and not for an API version. Each version's client is adapted to it in
// src/<version>/; nothing else knows which version answers. Reads return the version's own
// objects (`S`), so a front-end that prints JSON prints what that version's API answered.
import type { V3AdGroup, V3Advertiser, V3Board, V3Business, V3Campaign, V3Pin, V3PinPromotion, V3Section, V3User } from '@pinkit/api-v3';
import type {
  Account as V5User,
  Ad,
  AdAccount,
  AdGroup,
  Board,
  BoardSection,
  Campaign,
  LinkedBusiness,
  Pin,
  RelatedTerms,
} from '@pinkit/api-v5';
import type { CopyAccount, CopyPin, CreatePinInput } from '@pinkit/copy-engine';
import type { Listing } from '@pinkit/http';

/** The Pinterest API versions an account can speak: v5, or the retired v3 for the tools built on it. */
export type ApiVersion = 5 | 3;

/** The objects an API version answers with. */
export interface AccountShapes {
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

export interface V5Shapes extends AccountShapes {
  user: V5User;
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

/** v3's objects; v3 had no related terms (getRelatedTerms is refused there). */
export interface V3Shapes extends AccountShapes {
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

export interface PageOptions {
  /** Items per page; each version has its own default and maximum. */
  pageSize?: number;
}

/** Filters on the user's boards; a version without the filter (v5 has neither) ignores it. */
export interface BoardFilter {
  /** Boards without pins too. */
  includeEmpty?: boolean;
  /** Archived boards too. */
  includeArchived?: boolean;
}

/** Ids that narrow a list of the ads tree to some parents, or to some entities. */
export interface AdTreeFilter {
  campaignIds?: readonly string[];
  adGroupIds?: readonly string[];
  adIds?: readonly string[];
}

/** An image sent in the request itself, as v5's `image_base64` and `multiple_image_base64` carry it. */
export interface InlineImage {
  content_type: 'image/jpeg' | 'image/png';
  data: string;
}

/**
 * Where a new pin's media comes from: the copy engine's URL and video sources, and the inline
 * images a local file becomes (a publishing plan's), which only v5 takes.
 */
export type NewPinMedia =
  | CreatePinInput['media_source']
  | ({ source_type: 'image_base64' } & InlineImage)
  | { source_type: 'multiple_image_base64'; items: InlineImage[] }
  | { source_type: 'video_id'; media_id: string; cover_image_content_type?: InlineImage['content_type']; cover_image_data?: string };

/** A new pin in the copy engine's words, which no API version owns. */
export type NewPin = Omit<CreatePinInput, 'media_source'> & { media_source: NewPinMedia };

/** A new board; `privacy` is `PUBLIC` (the default) or `SECRET`. */
export interface NewBoard {
  name: string;
  description?: string;
  privacy?: string;
}

/** The fields of a pin `updatePin` changes; a field left out stays as it is. */
export interface PinChanges {
  title?: string;
  description?: string;
  link?: string;
  altText?: string;
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

/** A metric an asynchronous report can carry, with the version's definition of it. */
export interface ReportMetric {
  name: string;
  definition: string;
}

export interface UserReader<S extends AccountShapes> {
  /** The account the access token belongs to. */
  getUserAccount(): Promise<S['user']>;
}

export interface BoardReader<S extends AccountShapes> {
  listBoards(options?: PageOptions & BoardFilter): Listing<S['board']>;
  getBoard(boardId: string): Promise<S['board']>;
  /** Every pin of the board, sectioned ones too. */
  listBoardPins(boardId: string, options?: PageOptions): Listing<S['pin']>;
  listBoardSections(boardId: string, options?: PageOptions): Listing<S['section']>;
}

export interface BoardWriter<S extends AccountShapes> {
  createBoard(board: NewBoard): Promise<S['board']>;
  /** Deletes the board with its sections and pins. */
  deleteBoard(boardId: string): Promise<void>;
  createSection(boardId: string, section: { name: string }): Promise<S['section']>;
}

export interface PinReader<S extends AccountShapes> {
  getPin(pinId: string): Promise<S['pin']>;
  /** All of the user's pins, however the version has to find them. */
  listUserPins(options?: PageOptions): Listing<S['pin']>;
}

export interface PinWriter<S extends AccountShapes> {
  createPin(pin: NewPin): Promise<S['pin']>;
  /** Saves an existing pin to one of the user's boards (and a section of it). v5 only. */
  savePin(pinId: string, target: { boardId: string; sectionId?: string }): Promise<S['pin']>;
  /** Changes a pin's title, description, link or alt text. v5 only (v3 documented no edit). */
  updatePin(pinId: string, changes: PinChanges): Promise<S['pin']>;
}

export interface MediaUploader {
  /** Registers and sends a video; resolves to its media id once the file is sent (not yet processed). v5 only. */
  uploadVideo(file: Blob, filename: string): Promise<string>;
  /** Pinterest's processing status of an upload: `registered`, `processing`, `succeeded` or `failed`. v5 only. */
  getMediaStatus(mediaId: string): Promise<string>;
}

export interface CopySource {
  /** The account as `@pinkit/copy-engine` reads and writes it; `uploadVideo` lets it take video pins as videos (v5). */
  copyAccount(options?: PageOptions & { uploadVideo?: CopyAccount['uploadVideo'] }): CopyAccount;
  /** One pin as the copy engine sees it (copy-pin). */
  getCopyablePin(pinId: string): Promise<CopyPin>;
}

export interface AdsReader<S extends AccountShapes> {
  listAdAccounts(options?: PageOptions): Listing<S['adAccount']>;
  getAdAccount(adAccountId: string): Promise<S['adAccount']>;
  /** Active and paused campaigns of the account (archived ones are left out, as Pinterest's default). */
  listCampaigns(adAccountId: string, filter?: Pick<AdTreeFilter, 'campaignIds'>): Listing<S['campaign']>;
  listAdGroups(adAccountId: string, filter?: Pick<AdTreeFilter, 'campaignIds' | 'adGroupIds'>): Listing<S['adGroup']>;
  listAds(adAccountId: string, filter?: AdTreeFilter): Listing<S['ad']>;
}

export interface BusinessReader<S extends AccountShapes> {
  /** The business accounts linked to the user's. */
  listLinkedBusinesses(): Promise<Array<S['business']>>;
}

export interface TermsReader<S extends AccountShapes> {
  /** Terms related to each of `terms`. v5 only. */
  getRelatedTerms(terms: readonly string[]): Promise<S['relatedTerms']>;
  /** Popular searches that begin with `term`, at most `limit` of them. v5 only. */
  getSuggestedTerms(term: string, limit?: number): Promise<string[]>;
}

export interface AnalyticsReader {
  /** The user's (or, with `adAccountId` on v5, that account owner's) metrics by day, with a summary. */
  getUserAnalytics(range: AnalyticsRange, metrics: readonly string[], adAccountId?: string): Promise<object>;
  /** A pin's metrics by day. v5 only. */
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
  /** The metrics an asynchronous report can carry. v3 only: v5 documents its columns instead. */
  listReportMetrics(): Promise<ReportMetric[]>;
}

/** One request as a front-end spells it (`pinkit api`): the path as the API documents it, values already chosen. */
export interface RawRequest {
  /** `GET`, `POST`, `PATCH`, `PUT` or `DELETE`. */
  method: string;
  /** The path with its version prefix and ids filled in: `/v5/boards/123`, `/v3/users/me/`. */
  path: string;
  query?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  body?: unknown;
  /** The v5 operation it calls, when known, so it is paced in that operation's rate-limit category. */
  operationId?: string;
}

/** What the API answered: on v3 the envelope's `data`, as the v3 client unwraps it. */
export interface RawAnswer {
  status: number;
  /** Lower-case names, secrets removed. */
  headers: Readonly<Record<string, string>>;
  body: unknown;
}

/**
 * Any request of the account's API version through the same transport as every other call
 * (pacing, retries, redaction, timeouts, errors): for a front-end that lets its user name the
 * operation. The scopes it needs are the operation's, which the caller checks.
 */
export interface RawCaller {
  request(request: RawRequest): Promise<RawAnswer>;
  /** Every item of a bookmark-paged list, page after page (`items` on v5, `data` on v3). */
  requestPages(request: RawRequest): AsyncIterable<unknown>;
}

/**
 * One Pinterest account for one access token and one API version. A capability the version lacks
 * is still a method: it rejects with `UnsupportedCapabilityError`, whose message names it and what
 * to use instead; `supports(version, capability)` from `@pinkit/account/scopes` says so beforehand.
 */
export type Account<S extends AccountShapes = AccountShapes> = { readonly version: ApiVersion } & UserReader<S> &
  BoardReader<S> &
  BoardWriter<S> &
  PinReader<S> &
  PinWriter<S> &
  MediaUploader &
  CopySource &
  AdsReader<S> &
  BusinessReader<S> &
  TermsReader<S> &
  AnalyticsReader &
  RawCaller;

/** An account on API v5, with v5's objects. */
export type V5Account = Account<V5Shapes> & { readonly version: 5 };

/** An account on API v3, with v3's objects. */
export type V3Account = Account<V3Shapes> & { readonly version: 3 };

/** What `openAccount` returns: narrow on `version` to reach the version's own object types. */
export type AnyAccount = V5Account | V3Account;

/** Every capability of an account: the name of its method. */
export type Capability = Exclude<keyof Account, 'version'>;
