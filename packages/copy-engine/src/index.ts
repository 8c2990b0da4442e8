export { copyBoard } from './copy-board.js';
export { classifyError } from './classify-error.js';
export { createFileJournal } from './file-journal.js';
export { createMemoryJournal } from './journal-store.js';
// The exactly-once core, shared with other engines (publishing): journal index, write, lookups.
export { JournalIndex } from './journal-index.js';
export { writeOnce } from './write-once.js';
export { readWithRetry, readOnceWithRetry } from './read-with-retry.js';
export { createWritePacer } from './write-pacer.js';
export { describeError } from './copy-errors.js';
export { largestImage } from './largest-image.js';
export { pinFieldLimits, preparePinCopy } from './prepare-pin-copy.js';
export { systemClock } from './clock.js';
export { ArgumentError } from '@pinkit/arguments';
export {
  CopyOptionsError,
  CopyReadError,
  CopyStoppedError,
  JournalError,
  JournalLockedError,
  RetryAfterTooLongError,
  TargetLockedError,
} from './copy-errors.js';

export type {
  CarouselImageSource,
  CopyAccount,
  CopyBoard,
  CopyMediaSource,
  CopyPin,
  CopyPinImage,
  CopyPinMediaItem,
  CopySection,
  CreateBoardInput,
  CreatePinInput,
} from './copy-account.js';
export type { CopyEvent, CopyEventListener, CopyVia, CopyWarning, TruncatedField } from './copy-event.js';
export type { BoardOutcome, CopyReport, FailedItem, ItemCounts, ItemKind, SkipReason, SkippedItem } from './copy-report.js';
export type { CopyOptions } from './copy-options.js';
export type { ErrorClass, ErrorClassifier } from './classify-error.js';
export type { JournalContents, JournalRecord, JournalStore, RecordNote } from './journal-store.js';
export type { JournalFailure, JournalState } from './journal-index.js';
export type { EngineContext, RetryPolicy, WritePacer, WriteProgress } from './engine-context.js';
export type { WriteOutcome, WriteSpec } from './write-once.js';
export type { RateLimitPause, WritePacerOptions } from './write-pacer.js';
export type { FileJournalOptions } from './file-journal.js';
export type { Clock } from './clock.js';
export type { PinContent, PinCopyPlan, PreparePinOptions } from './prepare-pin-copy.js';
