export { createV5Client } from './create-v5-client.js';
export type { V5Client, V5ClientOptions } from './create-v5-client.js';
export type { BoundArea, Endpoint } from './endpoint.js';
export type { OperationCall } from './operation-call.js';
export type { V5Request } from './v5-request.js';
export type { CallArgs, CallInput, CallResult, ListItem, RouteOperation, V5Route } from './call-types.js';
export { InvalidPathParamError, UnexpectedResponseError, UnknownOperationError } from './errors.js';
export type { V5OperationInfo } from './find-operation.js';
export type { ListBoardsOptions, PageOptions } from './boards.js';
export type { ListAdAccountsOptions } from './ad-accounts.js';
export type {
  Account,
  AdAccount,
  Board,
  BoardCreate,
  BoardPrivacy,
  BoardSection,
  LinkedBusiness,
  Media,
  MediaUpload,
  MediaUploadStatus,
  Pin,
  PinCreate,
  PinMediaSource,
} from './types.js';
export type { components, operations, paths } from './generated/openapi.js';
export { isV5Scope, V5_OPERATIONS, V5_RATE_LIMITS, V5_SCOPES } from './operations.js';
export type { V5Operation, V5OperationId, V5Scope } from './operations.js';
