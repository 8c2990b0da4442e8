import type { CopySection } from './copy-account.js';
import type { CopyContext } from './copy-context.js';
import { journalKey } from './copy-journal.js';
import type { BoardScope } from './copy-journal.js';
import { schedulePin } from './copy-pin-task.js';
import { findSectionByName } from './find-in-target.js';
import { readWithRetry } from './read-with-retry.js';
import { recordOutcome } from './record-outcome.js';
import { writeOnce } from './write-once.js';
import type { WriteOutcome } from './write-once.js';

async function copySection(
  ctx: CopyContext,
  scope: BoardScope,
  targetBoardId: string | null,
  section: CopySection,
): Promise<string | null | undefined> {
  const key = journalKey('section', scope, section.id);
  const outcome: WriteOutcome =
    targetBoardId === null
      ? { status: 'planned' }
      : await ctx.pool.run(
          () =>
            writeOnce(ctx, {
              key,
              item: 'section',
              sourceId: section.id,
              create: () => ctx.target.createSection(targetBoardId, { name: section.name }),
              find: () => findSectionByName(ctx, targetBoardId, section.name),
            }),
          ctx.signal,
        );
  return recordOutcome(ctx, 'section', section.id, outcome, (targetId, via) =>
    ctx.progress.section(scope.sourceBoardId, section, targetId, via),
  );
}

/**
 * Copies each section of the source board, then schedules that section's pins into it; in an
 * `adopted` target board, the pins are looked up before they are created.
 */
export async function copySections(ctx: CopyContext, scope: BoardScope, targetBoardId: string | null, adopted: boolean): Promise<void> {
  const boardId = scope.sourceBoardId;
  const sections = readWithRetry(ctx, `the sections of board ${boardId}`, () => ctx.source.listSections(boardId));
  for await (const section of sections) {
    const targetSectionId = await copySection(ctx, scope, targetBoardId, section);
    if (targetSectionId === undefined) continue;
    const target = targetBoardId === null || targetSectionId === null ? null : { boardId: targetBoardId, sectionId: targetSectionId };
    const pins = readWithRetry(ctx, `the pins of section ${section.id}`, () => ctx.source.listSectionPins(boardId, section.id));
    for await (const pin of pins) await schedulePin(ctx, { scope, target, adopted }, pin);
  }
}
