export { createV5Client } from './create-v5-client.js';
export type { V5Client, V5ClientOptions } from './create-v5-client.js';
export type { ListBoardsOptions, PageOptions } from './boards.js';
export type { Account, Board, BoardCreate, BoardPrivacy, BoardSection, LinkedBusiness, Media, MediaUpload, MediaUploadStatus, Pin, PinCreate, PinMediaSource } from './types.js';
export type { components, operations, paths } from './generated/openapi.js';
