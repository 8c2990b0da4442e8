import { Command } from 'clipanion';
import { pinLine } from '../output/summaries.js';
import { pageSizeOption } from './get-user-boards.js';
import { PinkitCommand } from '../base/pinkit-command.js';

export class GetUserPinsCommand extends PinkitCommand {
  static override paths = [['get-user-pins']];

  static override usage = Command.Usage({
    category: 'Reading',
    description: "List all of the user's pins",
    details: `
      v5 has no endpoint for all of a user's pins, so this walks every board
      (\`GET /v5/boards\`, then \`GET /v5/boards/{board_id}/pins\`), as the quickstart does.
      Streams without asking with \`--json\` or when the input is not a terminal.
    `,
    examples: [
      ['List every pin', '$0 get-user-pins'],
      ['Count pins', '$0 get-user-pins --json -l 0 | wc -l'],
    ],
  });

  pageSize = pageSizeOption();

  protected async run() {
    const pinterest = await this.v5(['boards:read', 'pins:read']);
    const listing = pinterest.pins.listAll({ ...(this.pageSize === undefined ? {} : { pageSize: Number(this.pageSize) }) });
    const count = await this.output().listing(listing.pages(), pinLine);
    await this.output().note(`${count} pins listed.`);
  }
}
