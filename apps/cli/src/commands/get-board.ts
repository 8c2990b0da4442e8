import { Command, Option } from 'clipanion';
import { ApiCommand } from '../base/api-command.js';
import { requiredString } from '../base/required-option.js';

export class GetBoardCommand extends ApiCommand {
  static override paths = [['get-board']];

  static override usage = Command.Usage({
    category: 'Reading',
    description: 'Show one board, optionally with its sections and pins',
    details: `
      Reads \`GET /v5/boards/{board_id}\`. With \`--pins\` it also lists the board's sections and
      every pin on the board. With \`--json\` the board is the first line, then one line per pin.
      With \`-v 3\`: \`GET /v3/boards/{board}/\`, \`/v3/board/{board}/sections/\` and \`/v3/boards/{board}/pins/\`.
    `,
    examples: [
      ['Show a board', '$0 get-board -b 1234567890'],
      ['Show a board and its pins as JSON lines', '$0 get-board -b 1234567890 --pins --json'],
    ],
  });

  boardId = requiredString('-b,--board-id', 'Board identifier', 'which board to show');

  pins = Option.Boolean('--pins', false, { description: 'Also list the pins (and sections) of the board' });

  protected async run() {
    const { boardId } = this;
    const reading = await this.reading(['getBoard', 'listBoardSections', 'listBoardPins']);
    const out = this.output();
    await reading.use(async (pinterest, summaries) => {
      const board = await pinterest.getBoard(boardId);
      await out.item(board, () => summaries.boardSummary(board));
      if (!this.pins) return;
      if (!out.json) {
        for await (const section of pinterest.listBoardSections(boardId)) await out.note(summaries.sectionLine(section));
        await out.note('Pins:');
      }
      const count = await out.listing(pinterest.listBoardPins(boardId).pages(), summaries.pinLine);
      await out.note(`${count} pins listed.`);
    });
  }
}
