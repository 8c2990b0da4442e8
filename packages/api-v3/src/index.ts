export { createV3Client } from './create-v3-client.js';
export type { V3Client, V3ClientOptions } from './create-v3-client.js';
export type { ListUserBoardsOptions, V3PageOptions } from './users.js';
export type { V3Board, V3BoardCreate, V3CarouselSlot, V3Envelope, V3Pin, V3PinCreate, V3Section, V3User } from './v3-types.js';
// The errors a call can throw and the paging types, so that catching `ApiError` or typing a
// `Listing<V3Pin>` does not need @pinkit/http installed alongside.
export {
  ApiError,
  HttpError,
  InvalidPathParamError,
  NetworkError,
  PagingError,
  ProxyError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  SpamError,
  TransportTimeoutError,
  UnexpectedResponseError,
} from '@pinkit/http';
export type { Listing, Logger, LogLevel, Page, TokenProvider } from '@pinkit/http';
export { isV3Scope, V3_SCOPES } from './v3-scopes.js';
export type { V3Scope, V3ScopeInfo } from './v3-scopes.js';
