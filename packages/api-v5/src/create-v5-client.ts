import { createHttpClient, PINTEREST_API_URI, staticToken, type HttpClient, type HttpClientOptions, type Listing, type TokenProvider } from '@pinkit/http';
import * as boards from './boards.js';
import * as media from './media.js';
import type { ListBoardsOptions, PageOptions } from './boards.js';
import * as pins from './pins.js';
import type { Account, Board, BoardCreate, BoardSection, LinkedBusiness, Media, MediaUpload, Pin, PinCreate } from './types.js';
import * as user from './user-account.js';

export interface V5ClientOptions extends Omit<HttpClientOptions, 'baseUrl' | 'token'> {
  /** API host without `/v5`; default https://api.pinterest.com (the CLI reads `PINTEREST_API_URI`). */
  apiUri?: string;
  /** An access token, or a provider that can also refresh it when it expires. */
  token: string | TokenProvider;
}

export interface V5Client {
  /** The underlying HTTP client, for endpoints this package does not wrap yet. */
  readonly http: HttpClient;
  getUserAccount(): Promise<Account>;
  listLinkedBusinesses(): Promise<LinkedBusiness[]>;
  listBoards(options?: ListBoardsOptions): Listing<Board>;
  getBoard(boardId: string): Promise<Board>;
  listBoardPins(boardId: string, options?: PageOptions): Listing<Pin>;
  listBoardSections(boardId: string, options?: PageOptions): Listing<BoardSection>;
  listSectionPins(boardId: string, sectionId: string, options?: PageOptions): Listing<Pin>;
  listUserPins(options?: PageOptions): Listing<Pin>;
  getPin(pinId: string): Promise<Pin>;
  createBoard(input: BoardCreate): Promise<Board>;
  deleteBoard(boardId: string): Promise<void>;
  createBoardSection(boardId: string, input: { name: string }): Promise<BoardSection>;
  deleteBoardSection(boardId: string, sectionId: string): Promise<void>;
  createPin(input: PinCreate): Promise<Pin>;
  deletePin(pinId: string): Promise<void>;
  savePin(pinId: string, input: { board_id: string; board_section_id?: string }): Promise<Pin>;
  /** Registers a video upload (`POST /v5/media`). */
  createMedia(input: { media_type: 'video' }): Promise<MediaUpload>;
  /** Polls an upload's status (`GET /v5/media/{id}`). */
  getMedia(mediaId: string): Promise<Media>;
  /** Sends the file to the registered upload's `upload_url`, with the same transport and logger. */
  uploadMedia(upload: MediaUpload, file: Blob, filename: string, signal?: AbortSignal): Promise<void>;
}

/** A Pinterest API v5 client: typed calls, paged lists as async iterables. */
export function createV5Client(options: V5ClientOptions): V5Client {
  const { apiUri = PINTEREST_API_URI, token, ...rest } = options;
  const http = createHttpClient({
    ...rest,
    baseUrl: `${apiUri.replace(/\/+$/, '')}/v5`,
    token: typeof token === 'string' ? staticToken(token) : token,
  });
  return {
    http,
    getUserAccount: () => user.getUserAccount(http),
    listLinkedBusinesses: () => user.listLinkedBusinesses(http),
    listBoards: (o) => boards.listBoards(http, o),
    getBoard: (id) => boards.getBoard(http, id),
    listBoardPins: (id, o) => boards.listBoardPins(http, id, o),
    listBoardSections: (id, o) => boards.listBoardSections(http, id, o),
    listSectionPins: (id, sectionId, o) => boards.listSectionPins(http, id, sectionId, o),
    listUserPins: (o) => pins.listUserPins(http, o),
    getPin: (id) => pins.getPin(http, id),
    createBoard: (input) => boards.createBoard(http, input),
    deleteBoard: (id) => boards.deleteBoard(http, id),
    createBoardSection: (id, input) => boards.createBoardSection(http, id, input),
    deleteBoardSection: (id, sectionId) => boards.deleteBoardSection(http, id, sectionId),
    createPin: (input: PinCreate) => pins.createPin(http, input),
    deletePin: (id) => pins.deletePin(http, id),
    savePin: (id, input) => pins.savePin(http, id, input),
    createMedia: (input) => media.createMedia(http, input),
    getMedia: (id) => media.getMedia(http, id),
    uploadMedia: (upload, file, filename, signal) =>
      media.uploadMedia({ fetch: http.fetch, ...(rest.logger ? { logger: rest.logger } : {}), ...(signal ? { signal } : {}) }, upload, file, filename),
  };
}
