import { argumentsOf, type ArgumentChecks } from '@pinkit/arguments';

// The shapes the engine's public functions take (accounts, journals, pacers, clocks, the engine
// context), checked at those functions' entry and nowhere inside: a wrong one is an ArgumentError
// naming the argument, before anything is read or written.

/** The longest wait any option may ask for: a day. */
export const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

const COPY_ACCOUNT_METHODS = [
  'listBoards',
  'getBoard',
  'listBoardPins',
  'listSections',
  'listSectionPins',
  'createBoard',
  'createSection',
  'createPin',
] as const;

/** `value` is an object whose `methods` are functions (duck-typed: accounts and stores come from anywhere). */
function checkMethods(check: ArgumentChecks, value: unknown, argument: string, methods: readonly string[], what: string): void {
  const object = check.object(value, argument);
  for (const method of methods) {
    if (typeof object[method] !== 'function') check.fail(argument, `${what} (its ${method} is not a function)`, value);
  }
}

export function checkCopyAccount(check: ArgumentChecks, value: unknown, argument: string): void {
  checkMethods(check, value, argument, COPY_ACCOUNT_METHODS, 'a CopyAccount');
}

export function checkPacer(check: ArgumentChecks, value: unknown, argument: string): void {
  checkMethods(check, value, argument, ['acquire', 'succeeded', 'rateLimited'], 'a WritePacer');
}

export function checkClock(check: ArgumentChecks, value: unknown, argument: string): void {
  checkMethods(check, value, argument, ['now', 'sleep'], 'a Clock');
}

export function checkJournalStore(check: ArgumentChecks, value: unknown, argument: string): void {
  checkMethods(check, value, argument, ['load', 'append', 'close'], 'a JournalStore');
}

/** A file path (created on first write) or a JournalStore. */
export function checkJournal(check: ArgumentChecks, value: unknown, argument: string): void {
  if (typeof value === 'string') checkJournalPath(check, value, argument);
  else if (typeof value === 'object' && value !== null) checkJournalStore(check, value, argument);
  else check.fail(argument, 'a file path or a JournalStore', value);
}

export function checkJournalPath(check: ArgumentChecks, value: unknown, argument: string): string {
  return check.string(value, argument, { singleLine: true, maxLength: 4_096 });
}

/** What `writeOnce` and `readWithRetry` are run with: an engine's context (`EngineContext`). */
export function checkEngineContext(check: ArgumentChecks, value: unknown): void {
  const ctx = check.object(value, 'ctx');
  check.boolean(ctx.dryRun, 'ctx.dryRun');
  check.object(ctx.journal, 'ctx.journal');
  check.object(ctx.progress, 'ctx.progress');
  checkPacer(check, ctx.limiter, 'ctx.limiter');
  checkClock(check, ctx.clock, 'ctx.clock');
  check.function(ctx.random, 'ctx.random');
  check.function(ctx.classify, 'ctx.classify');
  const retry = check.object(ctx.retry, 'ctx.retry');
  check.integer(retry.maxAttempts, 'ctx.retry.maxAttempts', { min: 1, max: 100 });
  for (const wait of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    check.integer(retry[wait], `ctx.retry.${wait}`, { min: 0, max: MAX_WAIT_MS });
  }
  check.signal(ctx.signal, 'ctx.signal');
}

const ITEM_KINDS = ['board', 'section', 'pin'] as const;
const ofWriteOnce = argumentsOf('writeOnce');
const ofReadWithRetry = argumentsOf('readWithRetry');
const ofReadOnceWithRetry = argumentsOf('readOnceWithRetry');
const ofWritePacer = argumentsOf('createWritePacer');
const ofFileJournal = argumentsOf('createFileJournal');
const ofJournalIndex = argumentsOf('JournalIndex.open');
const ofLargestImage = argumentsOf('largestImage');
const ofPreparePinCopy = argumentsOf('preparePinCopy');

export function checkWriteOnceArguments(ctx: unknown, spec: unknown): void {
  checkEngineContext(ofWriteOnce, ctx);
  const given = ofWriteOnce.object(spec, 'spec');
  ofWriteOnce.string(given.key, 'spec.key', { singleLine: true, maxLength: 2_048 });
  ofWriteOnce.oneOf(given.item, 'spec.item', ITEM_KINDS);
  ofWriteOnce.string(given.sourceId, 'spec.sourceId', { singleLine: true, maxLength: 2_048 });
  ofWriteOnce.function(given.create, 'spec.create');
  ofWriteOnce.function(given.find, 'spec.find');
  ofWriteOnce.boolean(given.mayExist, 'spec.mayExist', { optional: true });
  ofWriteOnce.string(given.digest, 'spec.digest', { singleLine: true, maxLength: 256, optional: true });
}

/** `readWithRetry` and `readOnceWithRetry`: the context, what is read (for messages) and the read itself. */
export function checkReadArguments(once: boolean, ctx: unknown, what: unknown, read: unknown): void {
  const check = once ? ofReadOnceWithRetry : ofReadWithRetry;
  checkEngineContext(check, ctx);
  check.string(what, 'what', { singleLine: true, maxLength: 1_000 });
  check.function(read, once ? 'read' : 'list');
}

export function checkWritePacerOptions(options: unknown): void {
  const given = ofWritePacer.object(options, 'options');
  const rate = ofWritePacer.number(given.writesPerSecond, 'options.writesPerSecond', { max: 10_000 });
  if (rate <= 0) ofWritePacer.fail('options.writesPerSecond', 'a number above 0, at most 10000', rate);
  checkClock(ofWritePacer, given.clock, 'options.clock');
  for (const wait of ['baseBackoffMs', 'maxBackoffMs', 'maxPauseMs'] as const) {
    ofWritePacer.integer(given[wait], `options.${wait}`, { min: 0, max: MAX_WAIT_MS });
  }
}

export function checkFileJournalArguments(path: unknown, options: unknown): void {
  checkJournalPath(ofFileJournal, path, 'path');
  const given = ofFileJournal.object(options, 'options', { optional: true });
  ofFileJournal.boolean(given?.lock, 'options.lock', { optional: true });
}

export function checkJournalIndexArguments(store: unknown, readOnly: unknown): void {
  checkJournalStore(ofJournalIndex, store, 'store');
  ofJournalIndex.boolean(readOnly, 'readOnly');
}

/** A pin's `media` as Pinterest answers it, which may be missing: undefined and null are taken. */
export function checkLargestImageArguments(media: unknown): void {
  if (media !== null) ofLargestImage.object(media, 'media', { optional: true });
}

export function checkPreparePinArguments(pin: unknown, options: unknown): void {
  const given = ofPreparePinCopy.object(pin, 'pin');
  ofPreparePinCopy.string(given.id, 'pin.id', { singleLine: true, maxLength: 256 });
  const rules = ofPreparePinCopy.object(options, 'options', { optional: true });
  ofPreparePinCopy.boolean(rules?.uploadsVideo, 'options.uploadsVideo', { optional: true });
  ofPreparePinCopy.string(rules?.api, 'options.api', { singleLine: true, maxLength: 100, optional: true });
}
