import { createCopyContext } from './copy-context.js';
import type { CopyContext } from './copy-context.js';
import { JournalIndex } from './journal-index.js';
import { copyOneBoard } from './copy-one-board.js';
import type { CopyOptions } from './copy-options.js';
import type { CopyReport } from './copy-report.js';
import { CopyOptionsError } from './copy-errors.js';
import { createFileJournal } from './file-journal.js';
import type { FileLock } from './lock-file.js';
import { acquireTargetLock } from './target-lock.js';
import { readOnceWithRetry, readWithRetry } from './read-with-retry.js';
import { validateCopyOptions } from './validate-copy-options.js';

/**
 * Every board of the source, a few at a time: one board alone leaves the writers idle while its
 * creation, section creations and listings wait on the network, and another board's pins fill
 * those gaps. The write pool still bounds concurrency and the limiter the rate.
 */
async function copyAllBoards(ctx: CopyContext, lanes: number): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  try {
    for await (const board of readWithRetry(ctx, 'the source boards', () => ctx.source.listBoards())) {
      ctx.signal.throwIfAborted();
      if (failure) break;
      // Keyed by source board id alone, so that every `all` rerun maps the same boards again.
      const lane: Promise<void> = copyOneBoard(ctx, board, board.name, { sourceBoardId: board.id, targetName: null })
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => running.delete(lane));
      running.add(lane);
      if (running.size >= lanes) await Promise.race(running);
    }
  } finally {
    // Also when stopped (Ctrl-C): a lane may be waiting on a read, and the report must not come
    // before it settles, or the caller would see that read answer after the copy ended. Lanes
    // never reject (their failure is kept above), so this cannot hide the error thrown.
    await Promise.all(running);
  }
  if (failure) throw failure.error;
}

async function copyBoards(ctx: CopyContext, options: CopyOptions): Promise<void> {
  ctx.signal.throwIfAborted();
  if (options.all) return copyAllBoards(ctx, options.boardConcurrency ?? 3);
  const boardId = options.boardId ?? '';
  const board = await readOnceWithRetry(ctx, `source board ${boardId}`, () => ctx.source.getBoard(boardId));
  const targetName = options.targetName ?? board.name;
  if (ctx.target === ctx.source && targetName === board.name) {
    throw new CopyOptionsError(`A copy within the same account needs a name other than "${board.name}".`);
  }
  // A copy under a new name is its own namespace: copying again as another name makes another board.
  await copyOneBoard(ctx, board, targetName, { sourceBoardId: board.id, targetName: options.targetName ?? null });
}

/**
 * A killed run's last requests may still be on their way; looking for their items before they
 * land would create them a second time. Aborted like any other wait (Ctrl-C).
 */
async function settleUnfinished(ctx: CopyContext, settleMs: number): Promise<void> {
  const unfinished = ctx.journal.unfinished;
  if (unfinished === 0 || ctx.dryRun || settleMs <= 0) return;
  ctx.progress.warning({
    code: 'resume-settle',
    unfinished,
    waitMs: settleMs,
    message:
      `The last run left ${unfinished} write(s) unfinished; ` +
      `waiting ${settleMs} ms for any still in flight to land before checking the target.`,
  });
  await ctx.clock.sleep(settleMs, ctx.signal);
}

/**
 * Copies one board (`boardId`, optionally as `targetName`) or every board (`all`) with its
 * sections and pins, concurrently, paced below the write rate limit, exactly once across retries
 * and reruns. Resolves with the report even when cancelled or stopped; rejects only when the
 * options are unusable (CopyOptionsError), the journal cannot be read (JournalError) or another
 * copy is writing to the same journal file (JournalLockedError) or into the same target account
 * (TargetLockedError, with `targetLock`).
 */
export async function copyBoard(options: CopyOptions): Promise<CopyReport> {
  validateCopyOptions(options);
  const dryRun = options.dryRun ?? false;
  const ownsJournal = typeof options.journal === 'string';
  // A dry run only reads the journal; unlocked, it can preview while a copy runs.
  const store = typeof options.journal === 'string' ? createFileJournal(options.journal, { lock: !dryRun }) : options.journal;
  let targetLock: FileLock | undefined;
  try {
    const { journal, ignoredLines } = await JournalIndex.open(store, dryRun);
    // After the journal's own lock, so that a second copy on the same journal is told about that.
    if (options.targetLock !== undefined && !dryRun) targetLock = await acquireTargetLock(options.targetLock);
    const ctx = createCopyContext(options, journal);
    if (ignoredLines > 0) {
      ctx.progress.warning({
        code: 'journal-lines-ignored',
        lines: ignoredLines,
        message:
          `Ignored ${ignoredLines} unreadable journal line(s), as left by a copy killed mid-write; ` +
          'their items are checked in the target.',
      });
    }
    try {
      await settleUnfinished(ctx, options.resumeSettleMs ?? 2000);
      await copyBoards(ctx, options);
    } catch (error) {
      if (!(ctx.signal.aborted && error === ctx.signal.reason)) ctx.stop(error);
    }
    // In-flight writes settle (and are journaled) even after an abort.
    await ctx.pool.drain();
    const cancelled = options.signal?.aborted === true && ctx.stoppedBy === undefined;
    return ctx.progress.finish(cancelled, ctx.stoppedBy);
  } finally {
    await targetLock?.release();
    if (ownsJournal) await store.close();
  }
}
