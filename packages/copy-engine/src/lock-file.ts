import { randomUUID } from 'node:crypto';
import { link, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makePrivateDirectory } from './make-private-directory.js';
import { currentProcess, processLiveness } from './process-liveness.js';
import type { ProcessIdentity } from './process-liveness.js';

export interface FileLock {
  /** Removes the lock file, if it is still this lock's. */
  release(): Promise<void>;
}

interface LockContent {
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

async function readLock(lockPath: string): Promise<LockContent | undefined> {
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

async function isStale(lock: LockContent): Promise<boolean> {
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
async function removeStale(lockPath: string, stale: LockContent, token: string): Promise<void> {
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

type LockAttempt = { taken: true; lock: FileLock } | { taken: false; holder: ProcessIdentity | undefined };

/**
 * Takes `lockPath` for this process, holding its pid, host and start time, without waiting; its
 * folder is created private if missing. The lock dies with its process: a holder that is no
 * longer running (killed, crashed, its pid reused by another program) is taken over. A live
 * holder, or one on another host, is thrown as `refused(holder)` (holder undefined when its
 * lock file cannot be read); a file-system failure as `failed(cause)`.
 */
export async function takeLockFile(
  lockPath: string,
  refused: (holder: ProcessIdentity | undefined) => Error,
  failed: (cause: unknown) => Error,
): Promise<FileLock> {
  let attempt: LockAttempt;
  try {
    await makePrivateDirectory(dirname(lockPath));
    attempt = await tryLockFile(lockPath);
  } catch (error) {
    throw failed(error);
  }
  if (attempt.taken) return attempt.lock;
  throw refused(attempt.holder);
}

async function tryLockFile(lockPath: string): Promise<LockAttempt> {
  const token = randomUUID();
  const text = `${JSON.stringify({ ...(await currentProcess()), token, since: new Date().toISOString() })}\n`;
  let holder: ProcessIdentity | undefined;
  // Each round either takes the lock, meets a live holder, or clears a dead one; a few rounds
  // settle any race between runs starting together.
  for (let round = 0; round < 5; round += 1) {
    if (await createExclusive(lockPath, text, token)) return { taken: true, lock: { release: () => releaseLock(lockPath, text) } };
    const lock = await readLock(lockPath);
    if (!lock) continue;
    holder = lock.holder;
    if (!(await isStale(lock))) break;
    await removeStale(lockPath, lock, token);
  }
  return { taken: false, holder };
}

async function releaseLock(lockPath: string, text: string): Promise<void> {
  const lock = await readLock(lockPath).catch(() => undefined);
  if (lock?.text === text) await unlink(lockPath).catch(() => {});
}
