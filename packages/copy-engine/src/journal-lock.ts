import { JournalError, JournalLockedError } from './copy-errors.js';
import { takeLockFile, type FileLock } from './lock-file.js';

export type JournalLock = FileLock;

/**
 * Makes this process the only writer of the journal at `journalPath`, through `<journal>.lock`.
 * A live holder, or one on another host, makes this throw JournalLockedError.
 */
export function acquireJournalLock(journalPath: string): Promise<JournalLock> {
  const lockPath = `${journalPath}.lock`;
  return takeLockFile(
    lockPath,
    (holder) => new JournalLockedError(journalPath, lockPath, holder),
    (cause) => new JournalError(journalPath, 'lock', cause),
  );
}
