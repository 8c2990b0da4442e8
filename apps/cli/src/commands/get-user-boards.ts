import { Command, Option } from 'clipanion';
import { ApiCommand } from '../base/api-command.js';
import { pageSizeOption } from '../base/options.js';

export class GetUserBoardsCommand extends ApiCommand {
  static override paths = [['get-user-boards']];

  static override usage = Command.Usage({
    category: 'Reading',
    description: "List the user's boards",
    details: `
      Pages through \`GET /v5/boards\`. On a terminal it asks before each further page; with
      \`--json\` or when the input is not a terminal it streams every board.

      v5 has no filter for empty or archived boards: \`--no-include-empty\` leaves out boards
      without pins here, and v5 lists no archived boards, so \`--include-archived\` changes nothing.
      With \`-v 3\` it pages through \`GET /v3/users/me/boards/feed/\`, and Pinterest filters:
      both flags are sent as \`include_empty\` and \`include_archived\`.
    `,
    examples: [
      ['List boards, 50 per page', '$0 get-user-boards -ps 50'],
      ['Board names with jq', '$0 get-user-boards --json | jq -r .name'],
    ],
  });

  pageSize = pageSizeOption();

  includeEmpty = Option.Boolean('--include-empty', true, { description: 'Include empty boards? (default yes; --no-include-empty)' });

  includeArchived = Option.Boolean('--include-archived', true, {
    description: 'Include archived boards? (v3 only; --no-include-archived)',
  });

  protected async run() {
    const reading = await this.reading(['listBoards']);
    const { includeEmpty, includeArchived } = this;
    const count = await reading.use((pinterest, summaries) => {
      const listing = pinterest.listBoards({
        ...(this.pageSize === undefined ? {} : { pageSize: Number(this.pageSize) }),
        includeEmpty,
        includeArchived,
      });
      // A version that filtered already (v3) leaves nothing here to take out.
      const pages = (async function* () {
        for await (const page of listing.pages()) {
          yield includeEmpty ? page : { ...page, items: page.items.filter((board) => summaries.pinCount(board) > 0) };
        }
      })();
      return this.output().listing(pages, summaries.boardLine);
    });
    await this.output().note(`${count} boards listed.`);
  }
}
