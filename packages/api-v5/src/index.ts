export { createV5Client } from './create-v5-client.js';
export type { V5Client, V5ClientOptions } from './create-v5-client.js';
export type { ListBoardsOptions, PageOptions } from './boards.js';
export type { Account, Board, BoardCreate, BoardPrivacy, BoardSection, LinkedBusiness, Media, MediaUpload, MediaUploadStatus, Pin, PinCreate, PinMediaSource } from './types.js';
export type { components, operations, paths } from './generated/openapi.js';
export { isV5Scope, V5_OPERATIONS, V5_SCOPES } from './operations.js';
export type { V5Operation, V5OperationId, V5Scope } from './operations.js';
