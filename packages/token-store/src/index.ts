export { createTokenStore } from './create-token-store.js';
export { createKeychainStore } from './create-keychain-store.js';
export { createFileStore } from './create-file-store.js';
export { createEnvStore } from './create-env-store.js';
export { readEnvToken } from './read-env-token.js';
export { assertTokenName, isTokenName } from './assert-token-name.js';
export {
  TokenStoreError,
  InvalidTokenNameError,
  CorruptTokenFileError,
  CorruptKeychainEntryError,
  ReadOnlyStoreError,
  KeychainUnavailableError,
} from './errors.js';
export type { TokenStoreOptions } from './create-token-store.js';
export type { KeychainStoreOptions } from './create-keychain-store.js';
export type { FileStoreOptions } from './create-file-store.js';
export type { EnvStoreOptions } from './create-env-store.js';
export type { KeytarLike } from './load-keytar.js';
export { keytarInstallOf, type KeytarInstall } from './keytar-install.js';
export type { KeychainUnavailableReason } from './errors.js';
export type {
  TokenRecord,
  StoreKind,
  TokenStore,
  FileTokenStore,
  ResolvingTokenStore,
  LocatedTokenRecord,
  NoticeHandler,
  SkippedEntry,
  TokenScan,
  ScanningTokenStore,
  KeychainState,
  TokenSurvey,
} from './types.js';
export { ArgumentError } from '@pinkit/arguments';
