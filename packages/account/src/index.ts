export { openAccount } from './open-account.js';
export { videoDownload } from './video-download.js';
export type { DownloadVideo } from './video-download.js';
export { SandboxVersionError, UnsupportedCapabilityError } from './capability-errors.js';
export { AnswerIdError, answerId } from './with-id.js';
export { ArgumentError } from '@pinkit/arguments';
export { refuseUnsupported, scopesFor, supports } from './scopes.js';
export type { ScopeOptions } from './scopes.js';
export type { AccountOpener, OpenAccountOptions } from './open-account-options.js';
export type {
  Account,
  AccountShapes,
  AdsAnalyticsLevel,
  AdsChoice,
  AdsIds,
  AdsReportRequest,
  AdTreeFilter,
  AdsReader,
  AnalyticsReader,
  BoardReader,
  BoardWriter,
  BusinessReader,
  CopySource,
  MediaUploader,
  PinReader,
  PinWriter,
  RawAnswer,
  RawCaller,
  RawRequest,
  TermsReader,
  UserReader,
  AnalyticsRange,
  AnyAccount,
  ApiVersion,
  BoardFilter,
  Capability,
  NewBoard,
  NewPin,
  NewPinMedia,
  InlineImage,
  PageOptions,
  PinChanges,
  ReportMetric,
  ReportProgressEvent,
  V3Account,
  V3Shapes,
  V5Account,
  V5Shapes,
} from './account.js';
