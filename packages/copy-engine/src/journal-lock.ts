import { randomUUID } from 'node:crypto';
import { link, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { JournalError, JournalLockedError } from './copy-errors.js';
import { makePrivateDirectory } from './make-private-directory.js';
import { currentProcess, processLiveness } from './process-liveness.js';
import type { ProcessIdentity } from './process-liveness.js';

export interface JournalLock {
  /** Removes the lock file, if it is still this lock's. */
  release(): Promise<void>;
}

interface LockFile {
  text: string;
  holder: ProcessIdentity | undefined;
  ageMs: number;
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code;

function parseHolder(text: string): ProcessIdentity | undefined {
  try {
    const { pid, host, start } = JSON.parse(text) as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string') return undefined;
    return { pid, host, start: typeof start === 'string' ? start : null };
  } catch {
    return undefined;
  }
}

async function readLock(lockPath: string): Promise<LockFile | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    return { text, holder: parseHolder(text), ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if (errno(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Creates the lock file with its whole content or not at all: written aside, then hard-linked
 * into place, which fails when the name exists. Where hard links are not supported, an
 * exclusive create is the fallback (a reader may then briefly see it empty).
 */
async function createExclusive(lockPath: string, text: string, token: string): Promise<boolean> {
  const aside = `${lockPath}.${token}.new`;
  await writeFile(aside, text, { flag: 'wx', mode: 0o600 });
  try {
    await link(aside, lockPath);
    return true;
  } catch (error) {
    if (errno(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errno(error) ?? '')) throw error;
  } finally {
    await unlink(aside).catch(() => {});
  }
  try {
    await writeFile(lockPath, text, { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if (errno(error) === 'EEXIST') return false;
    throw error;
  }
}

async function isStale(lock: LockFile): Promise<boolean> {
  // Unreadable content is a holder killed between creating and writing the file (fallback
  // path only) once it has stayed that way for a moment.
  if (!lock.holder) return lock.ageMs > 5000;
  return (await processLiveness(lock.holder)) === 'dead';
}

/**
 * Takes a dead holder's lock out of the way. Two runs may find the same stale lock: the file is
 * renamed aside (only one rename of it succeeds) and checked to be the one judged stale; if
 * another run had already replaced it with its own live lock, that one is put back.
 */
async function removeStale(lockPath: string, stale: LockFile, token: string): Promise<void> {
  const aside = `${lockPath}.${token}.stale`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if (errno(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => stale.text);
  if (moved !== stale.text) await link(aside, lockPath).catch(() => {});
  await unlink(aside).catch(() => {});
}

/**
 * Makes this process the only writer of the journal at `journalPath`, through `<journal>.lock`
 * holding its pid, host and start time. The lock dies with its process: a holder that is no
 * longer running (killed, crashed, its pid reused by another program) is taken over. A live
 * holder, or one on another host, makes this throw JournalLockedError.
 */
export async function acquireJournalLock(journalPath: string): Promise<JournalLock> {
  const lockPath = `${journalPath}.lock`;
  const token = randomUUID();
  try {
    await makePrivateDirectory(dirname(journalPath));
    const text = `${JSON.stringify({ ...(await currentProcess()), token, since: new Date().toISOString() })}\n`;
    let holder: ProcessIdentity | undefined;
    // Each round either takes the lock, meets a live holder, or clears a dead one; a few rounds
    // settle any race between runs starting together.
    for (let round = 0; round < 5; round += 1) {
      if (await createExclusive(lockPath, text, token)) return { release: () => releaseLock(lockPath, text) };
      const lock = await readLock(lockPath);
      if (!lock) continue;
      holder = lock.holder;
      if (!(await isStale(lock))) break;
      await removeStale(lockPath, lock, token);
    }
    throw new JournalLockedError(journalPath, lockPath, holder);
  } catch (error) {
    if (error instanceof JournalLockedError) throw error;
    throw new JournalError(journalPath, 'lock', error);
  }
}

async function releaseLock(lockPath: string, text: string): Promise<void> {
  const lock = await readLock(lockPath).catch(() => undefined);
  if (lock?.text === text) await unlink(lockPath).catch(() => {});
}
