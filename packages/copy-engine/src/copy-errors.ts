import { hostname } from 'node:os';
import { describeWait } from '@pinkit/timing';

/** A one-line account of a failure from any client, with Pinterest's request id when known. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const requestId = typeof error === 'object' && error !== null ? (error as Record<string, unknown>)['requestId'] : undefined;
  return typeof requestId === 'string' && requestId !== '' ? `${message} (request id ${requestId})` : message;
}

/** The options given to copyBoard cannot describe a copy; nothing was read or written. */
export class CopyOptionsError extends Error {
  override readonly name = 'CopyOptionsError';
}

/** The journal could not be read or written; without it no run can promise exactly-once. */
export class JournalError extends Error {
  override readonly name = 'JournalError';
  readonly path: string;

  constructor(path: string, action: 'read' | 'write' | 'lock', cause: unknown) {
    super(`Could not ${action} the journal ${path}: ${describeError(cause)}. Check the path and its permissions.`, {
      cause,
    });
    this.path = path;
  }
}

interface LockHolder {
  pid: number;
  host: string;
}

/** The holder of a lock as a message names it, and whether it runs here (so was checked to be running). */
function holderOf(holder: LockHolder | undefined): { who: string; sameHost: boolean } {
  const sameHost = holder !== undefined && holder.host === hostname();
  const who = holder === undefined ? 'another process' : sameHost ? `pid ${holder.pid}` : `pid ${holder.pid} on host ${holder.host}`;
  return { who, sameHost };
}

/**
 * Another run (a copy, or a publish of the same plan) is writing to the journal. Two writers would each find the other's new items in
 * the target, adopt them, and both go on creating the rest: duplicates.
 */
export class JournalLockedError extends Error {
  override readonly name = 'JournalLockedError';
  readonly path: string;
  /** `<journal>.lock`; deleting it by hand is only safe once that copy is known to be gone. */
  readonly lockPath: string;
  /** The run holding the journal; null when its lock file could not be read. */
  readonly pid: number | null;
  readonly host: string | null;
  /** True when the holder runs on this host (so it was checked to be running). */
  readonly sameHost: boolean;

  constructor(path: string, lockPath: string, holder: LockHolder | undefined) {
    const { who, sameHost } = holderOf(holder);
    super(
      `Another run (${who}) is using the journal ${path}; wait for it to finish or use another journal.` +
        (sameHost ? '' : ` If that process is no longer running, delete ${lockPath}.`),
    );
    this.path = path;
    this.lockPath = lockPath;
    this.pid = holder?.pid ?? null;
    this.host = holder?.host ?? null;
    this.sameHost = sameHost;
  }
}

/**
 * Another copy, whatever its journal, is writing into the same target account (it holds the
 * `targetLock`). Both would create the pins the other has not made yet: this one refuses to start.
 */
export class TargetLockedError extends Error {
  override readonly name = 'TargetLockedError';
  /** The `targetLock` file; deleting it by hand is only safe once that copy is known to be gone. */
  readonly lockPath: string;
  /** The copy holding the target; null when its lock file could not be read. */
  readonly pid: number | null;
  readonly host: string | null;
  /** True when the holder runs on this host (so it was checked to be running). */
  readonly sameHost: boolean;

  constructor(lockPath: string, holder: LockHolder | undefined) {
    const { who, sameHost } = holderOf(holder);
    super(
      `Another copy (${who}) is writing into the same target account (it holds ${lockPath}); ` +
        'wait for it to finish, then run this copy again: it adopts what the other copied.' +
        (sameHost ? '' : ` If that process is no longer running, delete ${lockPath}.`),
    );
    this.lockPath = lockPath;
    this.pid = holder?.pid ?? null;
    this.host = holder?.host ?? null;
    this.sameHost = sameHost;
  }
}

/** A listing or lookup kept failing after its retries. */
export class CopyReadError extends Error {
  override readonly name = 'CopyReadError';
  readonly what: string;

  constructor(what: string, cause: unknown) {
    super(`Could not read ${what}: ${describeError(cause)}`, { cause });
    this.what = what;
  }
}

/**
 * Pinterest asked for a pause longer than `maxRetryAfterMs`. Every writer would sit idle that
 * long (a hostile `Retry-After: 999999` is 11 days), so the copy stops and says how long was asked.
 */
export class RetryAfterTooLongError extends Error {
  override readonly name = 'RetryAfterTooLongError';
  readonly retryAfterMs: number;

  constructor(retryAfterMs: number, limitMs: number, cause: unknown) {
    const raw = (cause as { retryAfter?: unknown } | null)?.retryAfter;
    const asked = typeof raw === 'string' || typeof raw === 'number' ? ` (Retry-After: ${raw})` : '';
    super(
      `Pinterest asked to wait ${describeWait(retryAfterMs)}${asked}; giving up, as the copy waits at most ${describeWait(limitMs)}. ` +
        'Run the same copy again later; it resumes from the journal.',
      { cause },
    );
    this.retryAfterMs = retryAfterMs;
  }
}

/** Every further call would fail the same way (for example, the token was refused). */
export class CopyStoppedError extends Error {
  override readonly name = 'CopyStoppedError';

  constructor(cause: unknown) {
    super(
      `The copy stopped: ${describeError(cause)}. ` +
        'If the token expired, refresh it and run the same copy again; it resumes from the journal.',
      { cause },
    );
  }
}
