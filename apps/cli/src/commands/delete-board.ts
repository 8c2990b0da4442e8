import { Command, Option } from 'clipanion';
import { answerId } from '@pinkit/account';
import { InputError } from '../output/describe-error.js';
import { terminalSafe } from '../output/terminal-safe.js';
import { ApiCommand } from '../base/api-command.js';
import { isYes, openPrompter, type Prompter } from '../input/ask.js';

/** A board as delete-board names it, in the fields every version's board has. */
interface BoardRef {
  id?: string | null;
  name?: string | null;
  pin_count?: number | null;
}

/** The board, its id checked: the id deleted is the one Pinterest answered with, and a bad one is its fault. */
const checked = (board: BoardRef): BoardRef & { id: string } => ({ ...board, id: answerId(board.id, 'board') });

const describe = (board: BoardRef) => terminalSafe(`board ${board.id} "${board.name}" (${board.pin_count ?? '?'} pins)`);

export class DeleteBoardCommand extends ApiCommand {
  static override paths = [['delete-board']];

  static override usage = Command.Usage({
    category: 'Writing and copying',
    description: 'Delete one board or every board of the account, after confirmation',
    details: `
      Deletes boards with \`DELETE /v5/boards/{board_id}\` (with \`-v 3\`, \`DELETE /v3/boards/{board}/\`),
      pins and sections included; this cannot be undone. \`-b ID\` asks "yes or no" first. \`--all-boards\` first asks you to type
      \`Delete all boards for <username>\` (the quickstart's phrase), then asks about each board;
      the default answer is no.

      \`--yes\` skips every question, for scripts. Without a terminal to ask on and without
      \`--yes\`, the command refuses (exit 2) instead of waiting for an answer.
    `,
    examples: [
      ['Delete one board, after a yes', '$0 delete-board -b 1234567890'],
      ['Delete every board in a script', '$0 delete-board --all-boards --yes'],
    ],
  });

  boardId = Option.String('-b,--board-id', { description: 'Board to delete' });

  allBoards = Option.Boolean('--all-boards', false, { description: 'Delete every board of the account' });

  yes = Option.Boolean('--yes', false, { description: 'Do not ask; delete (for scripts)' });

  protected async run() {
    if ((this.boardId !== undefined) === this.allBoards) throw new InputError('Give exactly one of -b/--board-id and --all-boards.');
    const interactive = Boolean((this.context.stdin as { isTTY?: boolean }).isTTY);
    if (!this.yes && !interactive) {
      throw new InputError('delete-board asks before deleting, and the input is not a terminal; use --yes in scripts.');
    }
    const pinterest = await this.account(['getUserAccount', 'getBoard', 'listBoards', 'deleteBoard']);
    const prompter = this.yes ? undefined : await openPrompter(this.context.stdin, this.context.stderr);
    try {
      let boards: Array<BoardRef & { id: string }>;
      if (this.boardId !== undefined) {
        boards = [checked(await pinterest.getBoard(this.boardId))];
      } else {
        const user = await pinterest.getUserAccount();
        boards = [];
        // Listed in full before deleting: deleting while paging would move the bookmarks.
        for await (const board of pinterest.listBoards()) boards.push(checked(board));
        if (boards.length === 0) {
          this.context.stderr.write('The account has no boards; nothing to delete.\n');
          return 0;
        }
        if (prompter && !(await this.confirmAll(prompter, user.username ?? user.id ?? '', boards.length))) {
          this.context.stderr.write('Deletion not confirmed; nothing was deleted.\n');
          return 1;
        }
      }
      const out = this.output();
      for (const board of boards) {
        if (prompter && !isYes(await prompter.question(`Delete ${describe(board)}? [y/N] `))) {
          this.context.stderr.write(`Kept ${describe(board)}.\n`);
          continue;
        }
        await pinterest.deleteBoard(board.id);
        await out.item({ id: board.id, name: board.name, deleted: true }, () => `Deleted ${describe(board)}.`);
      }
    } finally {
      prompter?.close();
    }
  }

  private async confirmAll(prompter: Prompter, username: string, count: number): Promise<boolean> {
    const phrase = `Delete all boards for ${username}`;
    this.context.stderr.write(
      `WARNING: this permanently deletes ${count} boards, with their sections and pins, from Pinterest.\n` +
        `To go on, type the following line:\n  ${phrase}\n`,
    );
    return (await prompter.question('> ')) === phrase;
  }
}
