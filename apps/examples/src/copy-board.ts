// Copy a board with its sections and pins, as the quickstart's copy_board does: into the account
// of TARGET_ACCESS_TOKEN, or, without it, within yours under a new name. The copy keeps a journal
// in the current folder: run the same command again after a failure or Ctrl-C and it carries on
// where it stopped, creating nothing twice.  Usage: tsx copy-board.ts BOARD_ID [NEW_NAME]
import { openAccount } from '@pinkit/account';
import { copyBoard } from '@pinkit/copy-engine';

const [boardId, newName] = process.argv.slice(2);
const targetToken = process.env.TARGET_ACCESS_TOKEN;
if (!boardId || (!targetToken && !newName)) {
  console.error('usage: copy-board.ts BOARD_ID [NEW_NAME] (NEW_NAME is required without TARGET_ACCESS_TOKEN)');
  process.exit(2);
}
// The account as the copy engine reads and writes it. Without uploadVideo, video pins are
// copied as image pins of their cover (a warning says so).
const copyAccount = async (token: string) =>
  (await openAccount({ version: 5, apiUri: process.env.PINTEREST_API_URI, token })).copyAccount();

const source = await copyAccount(process.env.ACCESS_TOKEN ?? '');
const controller = new AbortController();
// Ctrl-C stops starting new writes; the report then says `cancelled` and a rerun resumes.
process.once('SIGINT', () => controller.abort());
const report = await copyBoard({
  source,
  ...(targetToken ? { target: await copyAccount(targetToken) } : {}),
  boardId,
  ...(newName ? { targetName: newName } : {}),
  // One journal per source and target account: the same copy run again reads it and resumes.
  journal: `copy-board-${boardId}-${targetToken ? 'to-target' : 'same-account'}.journal`,
  signal: controller.signal,
  onEvent: (event) => {
    if (event.type === 'warning' || event.type === 'skipped') console.error(`${event.type}: ${event.message}`);
  },
});
const [board] = report.boards;
const { copied, alreadyCopied } = report;
console.log(
  `Board ${boardId} -> ${board?.targetId ?? 'not created'} (${board?.targetName}): ` +
    `copied ${copied.boards} board, ${copied.sections} sections, ${copied.pins} pins; ` +
    `${alreadyCopied.pins} pins were already there, ${report.skipped.length} skipped, ${report.failed.length} failed`,
);
// A fatal stop (a refused token, an unwritable journal) or failed items: exit 1, rerun later.
if (report.fatal) console.error(report.fatal.message);
process.exitCode = report.fatal || report.failed.length > 0 || report.cancelled ? 1 : 0;
