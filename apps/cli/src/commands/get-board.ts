import { Command, Option } from 'clipanion';
import { boardSummary, pinLine, sectionLine } from '../output/summaries.js';
import { PinkitCommand, required } from '../base/pinkit-command.js';

export class GetBoardCommand extends PinkitCommand {
  static override paths = [['get-board']];

  static override usage = Command.Usage({
    category: 'Reading',
    description: 'Show one board, optionally with its sections and pins',
    details: `
      Reads \`GET /v5/boards/{board_id}\`. With \`--pins\` it also lists the board's sections and
      every pin on the board. With \`--json\` the board is the first line, then one line per pin.
    `,
    examples: [
      ['Show a board', '$0 get-board -b 1234567890'],
      ['Show a board and its pins as JSON lines', '$0 get-board -b 1234567890 --pins --json'],
    ],
  });

  boardId = Option.String('-b,--board-id', { description: 'Board identifier (required)' });

  pins = Option.Boolean('--pins', false, { description: 'Also list the pins (and sections) of the board' });

  protected async run() {
    const boardId = required(this.boardId, '-b/--board-id', 'which board to show');
    const pinterest = await this.v5(['boards:read', 'pins:read']);
    const out = this.output();
    const board = await pinterest.boards.get(boardId);
    await out.item(board, () => boardSummary(board));
    if (!this.pins) return;
    if (!out.json) {
      for await (const section of pinterest.boardSections.list(boardId)) await out.note(sectionLine(section));
      await out.note('Pins:');
    }
    const count = await out.listing(pinterest.boards.listPins(boardId).pages(), pinLine);
    await out.note(`${count} pins listed.`);
  }
}
