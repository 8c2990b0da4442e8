export { publishPlan, defaultJournalPath } from './publish-plan.js';
export { planStatus } from './plan-status.js';
export { localFiles } from './local-files.js';
export { pinTextLimits, carouselImages, defaultLimits } from './pin-limits.js';
export { PlanValidationError, PublishStoppedError, TrialAccessError } from './publish-errors.js';
export { JournalError, JournalLockedError, RetryAfterTooLongError } from '@pinkit/copy-engine';
export { ArgumentError } from '@pinkit/arguments';

export type { PublishOptions } from './publish-options.js';
export type { PlanStatusOptions } from './plan-status.js';
export type { PublishReport } from './publish-report.js';
export type { PublishEvent, PublishEventListener } from './publish-event.js';
export type { RowState, RowStateName, RowStatus } from './row-status.js';
export type { PlanColumn, PlanProblem } from './plan-row.js';
export type { PinMediaKind } from './pin-media.js';
export type { PublishLimits } from './pin-limits.js';
export type {
  Base64Image,
  FileHead,
  ImageContentType,
  LocalVideo,
  PlanFiles,
  PublishAccount,
  PublishBoard,
  PublishedPin,
  PublishMediaSource,
  PublishPinInput,
  PublishSection,
  VideoContentType,
} from './publish-ports.js';
export { publishAccountOf, VideoProcessingError } from './account-adapter.js';
export { PUBLISH_ACCOUNT_METHODS } from './account-methods.js';
export type { AccountAdapterOptions, AccountLike } from './account-adapter.js';
