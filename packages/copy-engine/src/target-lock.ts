import { JournalError, TargetLockedError } from './copy-errors.js';
import { takeLockFile, type FileLock } from './lock-file.js';

/**
 * Makes this run the only copy writing into the target account that `lockPath` stands for. The
 * journal lock cannot do that: a second copy with another journal would adopt this one's boards,
 * compare their pins with a listing taken before this one created them, and create them again.
 * Checking the target before each create would not close that race either: two copies of one
 * board walk its pins in the same order and reach each pin at nearly the same moment. A live
 * holder makes this throw TargetLockedError at once; waiting for it is the caller's choice.
 */
export function acquireTargetLock(lockPath: string): Promise<FileLock> {
  return takeLockFile(
    lockPath,
    (holder) => new TargetLockedError(lockPath, holder),
    (cause) => new JournalError(lockPath, 'lock', cause),
  );
}
