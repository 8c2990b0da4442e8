import type { CopyBoard, CreateBoardInput } from './copy-account.js';
import type { CopyContext } from './copy-context.js';
import { CopyReadError } from './copy-errors.js';
import { journalKey } from './copy-journal.js';
import type { BoardScope } from './copy-journal.js';
import { schedulePin } from './copy-pin-task.js';
import { copySections } from './copy-sections.js';
import { findBoardByName } from './find-in-target.js';
import { readOnceWithRetry, readWithRetry } from './read-with-retry.js';
import { recordOutcome } from './record-outcome.js';
import { writeOnce } from './write-once.js';

function boardInput(source: CopyBoard, name: string): CreateBoardInput {
  return {
    name,
    ...(source.description ? { description: source.description } : {}),
    ...(source.privacy ? { privacy: source.privacy } : {}),
  };
}

/**
 * A board mapped by an earlier run must still exist, or every pin would fail against it one by
 * one; returns false (and says so) when it does not.
 */
async function stillExists(ctx: CopyContext, source: CopyBoard, targetId: string): Promise<boolean> {
  try {
    await readOnceWithRetry(ctx, `target board ${targetId}`, () => ctx.target.getBoard(targetId));
    return true;
  } catch (error) {
    if (!(error instanceof CopyReadError)) throw error;
    const message =
      `The journal maps board ${source.id} to target board ${targetId}, which cannot be read (${error.message}). ` +
      'If it was deleted, copy with a new journal.';
    ctx.progress.failed('board', source.id, message, error);
    return false;
  }
}

/** Creates the board, then streams its unsectioned pins, its sections and their pins to the pool. */
export async function copyOneBoard(ctx: CopyContext, source: CopyBoard, targetName: string, scope: BoardScope): Promise<void> {
  ctx.progress.plan(source, targetName);
  const input = boardInput(source, targetName);
  const key = journalKey('board', scope);
  const outcome = await ctx.pool.run(
    () =>
      writeOnce(ctx, {
        key,
        item: 'board',
        sourceId: source.id,
        create: () => ctx.target.createBoard(input),
        find: () => findBoardByName(ctx, targetName, source.id),
      }),
    ctx.signal,
  );
  if (outcome.status === 'done' && outcome.via === 'journal' && !ctx.dryRun) {
    if (!(await stillExists(ctx, source, outcome.targetId))) return;
  }
  const targetBoardId = recordOutcome(ctx, 'board', source.id, outcome, (targetId, via) =>
    ctx.progress.board(source, targetName, targetId, via),
  );
  if (targetBoardId === undefined) return;
  // A board found in the target (now, or by the run that journaled it) may hold copies of its
  // pins that this journal knows nothing of.
  const mapped = ctx.journal.lookup(key);
  const adopted = mapped.state === 'done' && mapped.found;
  try {
    const target = targetBoardId === null ? null : { boardId: targetBoardId };
    const pins = readWithRetry(ctx, `the pins of board ${source.id}`, () => ctx.source.listBoardPins(source.id));
    for await (const pin of pins) {
      // v5 lists sectioned pins with the board too; those are copied with their section.
      if (pin.board_section_id) continue;
      await schedulePin(ctx, { scope, target, adopted }, pin);
    }
    await copySections(ctx, scope, targetBoardId, adopted);
  } catch (error) {
    if (!(error instanceof CopyReadError)) throw error;
    ctx.progress.failed('board', source.id, error.message, error);
  }
}
