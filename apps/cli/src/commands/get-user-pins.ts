import { Command } from 'clipanion';
import { pageSizeOption } from '../base/options.js';
import { ApiCommand } from '../base/api-command.js';

export class GetUserPinsCommand extends ApiCommand {
  static override paths = [['get-user-pins']];

  static override usage = Command.Usage({
    category: 'Reading',
    description: "List all of the user's pins",
    details: `
      Lists \`GET /v5/pins\`: every pin the user owns, whichever board it is on, newest first, in
      one listing (the quickstart walks each board instead). On a terminal it asks before each
      further page; it streams without asking with \`--json\` or when the input is not a terminal.
      With \`-v 3\` it lists \`GET /v3/users/me/pins/\`.
    `,
    examples: [
      ['List every pin', '$0 get-user-pins'],
      ['Count pins', '$0 get-user-pins --json -l 0 | wc -l'],
    ],
  });

  pageSize = pageSizeOption();

  protected async run() {
    const reading = await this.reading(['listUserPins']);
    const count = await reading.use((pinterest, summaries) => {
      const listing = pinterest.listUserPins({ ...(this.pageSize === undefined ? {} : { pageSize: Number(this.pageSize) }) });
      return this.output().listing(listing.pages(), summaries.pinLine);
    });
    await this.output().note(`${count} pins listed.`);
  }
}
