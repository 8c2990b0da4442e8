import type { Clock } from '@pinkit/timing';
import type { CopyAccount } from './copy-account.js';
import type { CopyEventListener } from './copy-event.js';
import type { ErrorClassifier } from './classify-error.js';
import type { JournalStore } from './journal-store.js';
import type { WritePacer } from './write-pacer.js';

export interface CopyOptions {
  /** Account the boards are read from. */
  source: CopyAccount;
  /** Account the copies are written to; omitted (or `source` itself) for a same-account copy. */
  target?: CopyAccount;
  /** Source board to copy; give either this or `all`. */
  boardId?: string;
  /** Copy every board of the source account (needs a different target account). */
  all?: boolean;
  /** Name of the new board; required within one account, optional across accounts. */
  targetName?: string;
  /** Plan only: emit events and report what would be created, call no create method. */
  dryRun?: boolean;
  /**
   * Journal path (JSON lines, created on first write, 0600) or store; use one per
   * (source account, target account) pair. Running the same copy again resumes from it. A path
   * is locked (`<path>.lock`) while the copy runs, except for a dry run: a second copy with the
   * same path is refused with JournalLockedError until the first ends or dies.
   */
  journal: string | JournalStore;
  /**
   * Path of a lock file that stands for the target account (for example
   * `<state dir>/<api host>/to-<target user id>.lock`), held while the copy runs, except for a dry
   * run. Give every copy into one account the same path, whatever its journal: a second copy is
   * then refused with TargetLockedError until the first ends or dies. Without it, two copies with
   * different journals into one account at once each create the pins the other has not made yet.
   */
  targetLock?: string;
  /** Stops starting new work; in-flight writes settle, and the report says `cancelled`. */
  signal?: AbortSignal;
  /** Receives progress events; must not throw (a throwing listener stops the copy). */
  onEvent?: CopyEventListener;
  /** Copies in flight at once (each does one write at a time). Default 8. */
  concurrency?: number;
  /** With `all`: boards copied side by side, so one board's network waits do not idle the writers. Default 3. */
  boardConcurrency?: number;
  /**
   * What paces the writes. Default: the target's `writePacer` (its client's own pacer) when it
   * has one, otherwise a token bucket of the engine's own at `writesPerSecond`.
   */
  pacer?: WritePacer;
  /**
   * Write rate ceiling. Default 10. With a pacer (`pacer`, or the target's `writePacer`) it only
   * spaces the writes: quotas, `X-RateLimit-*` headers and 429 pauses are the pacer's. Without
   * one, the engine's own bucket starts at it, halves on a 429 and recovers gradually, except
   * after a 429 whose answer said the quota, which a pacing client already keeps to.
   */
  writesPerSecond?: number;
  /** Attempts per write or read before giving up on transient failures (429s: twice this). Default 5. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt, with jitter. Default 1000 ms. */
  retryBaseDelayMs?: number;
  /** Longest retry delay or rate-limit pause chosen by the engine. Default 60000 ms. */
  retryMaxDelayMs?: number;
  /**
   * Longest `Retry-After` pause the copy observes; a longer one stops it with
   * RetryAfterTooLongError (resume later from the journal). Default 900000 ms (15 minutes).
   */
  maxRetryAfterMs?: number;
  /**
   * On resume, how long to wait before checking the target for writes the earlier run left
   * unfinished, so that requests still in flight from a killed process land first. Default 2000 ms.
   */
  resumeSettleMs?: number;
  /** Maps a client error to what it means for the copy. Default `classifyError`. */
  classifyError?: ErrorClassifier;
  /** Time source for pacing and backoff. Default the system clock. */
  clock?: Clock;
  /** Source of jitter in [0, 1). Default Math.random. */
  random?: () => number;
}
