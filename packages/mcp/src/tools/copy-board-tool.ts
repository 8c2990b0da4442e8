// Copies a board within the account through @pinkit/copy-engine, exactly once: its journal maps
// every source object to its copy, so calling the tool again resumes and duplicates nothing.
import { defineTool } from '../tool-kit.js';
import { id, text } from '../tool-inputs.js';
import { answer } from '../tool-result.js';
import { WRITES } from './write-tools.js';

/** Where the copy journal of an account lives (the CLI passes its own, so both share one). */
export type JournalPath = (userId: string) => string;

/**
 * Where copy_board keeps what a copy into the account of `userId` needs: its journal and,
 * optionally, the lock a copy holds on that account (the CLI's own, so that a copy_board and a
 * `pinkit copy-board` into one account never run at once and copy pins twice).
 */
export interface CopyPlaces {
  journalPath: JournalPath;
  targetLockPath?: JournalPath | undefined;
}

export function copyBoardTool({ journalPath, targetLockPath }: CopyPlaces) {
  return defineTool({
    name: 'copy_board',
    needs: ['getUserAccount', 'copyAccount'],
    title: 'Copy a board',
    description:
      'Copies a board with its sections and pins into a new board of the account, exactly once: calling it again with the same board resumes an interrupted copy and creates no duplicates.',
    input: {
      board_id: id('The board to copy'),
      name: text('The new board’s name', 100).refine((value) => value.trim() !== '', 'The name must not be empty'),
    },
    annotations: { ...WRITES, idempotentHint: true },
    run: async ({ board_id, name }, { account, signal }) => {
      const pinterest = await account();
      const user = (await pinterest.getUserAccount()) as { id?: unknown; username?: unknown };
      const userId = String(user.id ?? user.username ?? 'me');
      const { copyBoard } = await import('@pinkit/copy-engine');
      const journal = journalPath(userId);
      const report = await copyBoard({
        source: pinterest.copyAccount(),
        boardId: board_id,
        targetName: name,
        journal,
        ...(targetLockPath ? { targetLock: targetLockPath(userId) } : {}),
        signal,
      });
      if (report.fatal) throw report.fatal.cause instanceof Error ? report.fatal.cause : new Error(report.fatal.message);
      return answer({
        boards: report.boards,
        copied: report.copied,
        already_copied: report.alreadyCopied,
        skipped: report.skipped,
        failed: report.failed.map(({ item, sourceId, message }) => ({ item, source_id: sourceId, message })),
        cancelled: report.cancelled,
      });
    },
  });
}
