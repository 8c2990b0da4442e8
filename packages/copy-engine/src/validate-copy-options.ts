import { CopyOptionsError } from './copy-errors.js';
import type { CopyOptions } from './copy-options.js';

function positive(name: string, value: number | undefined, integer: boolean): void {
  if (value === undefined) return;
  if (!(value > 0) || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new CopyOptionsError(`${name} must be a positive ${integer ? 'integer' : 'number'}; got ${value}.`);
  }
}

/** The quickstart's argument rules, as they apply to the engine. */
export function validateCopyOptions(options: CopyOptions): void {
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
  if (options.targetLock !== undefined && (typeof options.targetLock !== 'string' || options.targetLock.trim() === '')) {
    throw new CopyOptionsError('targetLock must be the path of a lock file.');
  }
  positive('concurrency', options.concurrency, true);
  positive('boardConcurrency', options.boardConcurrency, true);
  positive('writesPerSecond', options.writesPerSecond, false);
  positive('maxAttempts', options.maxAttempts, true);
  if ((options.retryBaseDelayMs ?? 0) < 0 || (options.retryMaxDelayMs ?? 0) < 0 || (options.maxRetryAfterMs ?? 0) < 0) {
    throw new CopyOptionsError('Retry delays must not be negative.');
  }
}
