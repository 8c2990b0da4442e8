export { copyBoard } from './copy-board.js';
export { classifyError } from './classify-error.js';
export { createFileJournal } from './file-journal.js';
export { createMemoryJournal } from './journal-store.js';
export { largestImage } from './largest-image.js';
export { pinFieldLimits, preparePinCopy } from './prepare-pin-copy.js';
export { systemClock } from './clock.js';
export {
  CopyOptionsError,
  CopyReadError,
  CopyStoppedError,
  JournalError,
  JournalLockedError,
  RetryAfterTooLongError,
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
export type { JournalContents, JournalRecord, JournalStore } from './journal-store.js';
export type { FileJournalOptions } from './file-journal.js';
export type { Clock } from './clock.js';
export type { WritePacer } from './write-pacer.js';
export type { PinContent, PinCopyPlan, PreparePinOptions } from './prepare-pin-copy.js';
