import { argumentsOf } from '@pinkit/arguments';
import { checkClock, checkCopyAccount, checkJournal, checkJournalPath, checkPacer, MAX_WAIT_MS } from './check-engine-arguments.js';
import { CopyOptionsError } from './copy-errors.js';
import type { CopyOptions } from './copy-options.js';

const check = argumentsOf('copyBoard');

/** Each option's type and range (ArgumentError), before the rules between them (CopyOptionsError). */
function checkCopyOptions(options: unknown): asserts options is CopyOptions {
  const given = check.object(options, 'options');
  checkCopyAccount(check, given.source, 'options.source');
  if (given.target !== undefined) checkCopyAccount(check, given.target, 'options.target');
  check.string(given.boardId, 'options.boardId', { singleLine: true, maxLength: 256, optional: true });
  check.boolean(given.all, 'options.all', { optional: true });
  check.string(given.targetName, 'options.targetName', { singleLine: true, maxLength: 1_000, optional: true });
  check.boolean(given.dryRun, 'options.dryRun', { optional: true });
  checkJournal(check, given.journal, 'options.journal');
  if (given.targetLock !== undefined) checkJournalPath(check, given.targetLock, 'options.targetLock');
  check.signal(given.signal, 'options.signal', { optional: true });
  check.function(given.onEvent, 'options.onEvent', { optional: true });
  check.integer(given.concurrency, 'options.concurrency', { optional: true, min: 1, max: 1_000 });
  check.integer(given.boardConcurrency, 'options.boardConcurrency', { optional: true, min: 1, max: 100 });
  if (given.pacer !== undefined) checkPacer(check, given.pacer, 'options.pacer');
  const rate = check.number(given.writesPerSecond, 'options.writesPerSecond', { optional: true, max: 10_000 });
  if (rate !== undefined && rate <= 0) check.fail('options.writesPerSecond', 'a number above 0, at most 10000', rate);
  check.integer(given.maxAttempts, 'options.maxAttempts', { optional: true, min: 1, max: 100 });
  for (const wait of ['retryBaseDelayMs', 'retryMaxDelayMs', 'maxRetryAfterMs', 'resumeSettleMs'] as const) {
    check.integer(given[wait], `options.${wait}`, { optional: true, min: 0, max: MAX_WAIT_MS });
  }
  check.function(given.classifyError, 'options.classifyError', { optional: true });
  if (given.clock !== undefined) checkClock(check, given.clock, 'options.clock');
  check.function(given.random, 'options.random', { optional: true });
}

/** The quickstart's argument rules, as they apply to the engine. */
export function validateCopyOptions(options: CopyOptions): void {
  checkCopyOptions(options);
  const sameAccount = options.target === undefined || options.target === options.source;
  if (options.all) {
    if (options.boardId !== undefined) throw new CopyOptionsError('Give either a board id or all, not both.');
    if (options.targetName !== undefined) {
      throw new CopyOptionsError('A target name applies to one board; it cannot be used with all.');
    }
    if (sameAccount) {
      throw new CopyOptionsError('Copying all boards needs a target account different from the source account.');
    }
  } else {
    if (!options.boardId) throw new CopyOptionsError('Give the id of the board to copy, or all.');
    if (sameAccount && !options.targetName) {
      throw new CopyOptionsError('Copying a board within the same account needs a name for the new board.');
    }
  }
  if (options.targetName !== undefined && options.targetName.trim() === '') {
    throw new CopyOptionsError('The target board name must not be empty.');
  }
}
