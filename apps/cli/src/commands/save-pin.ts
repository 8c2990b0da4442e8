import { Command, Option } from 'clipanion';
import { ApiCommand } from '../base/api-command.js';
import { requiredString } from '../base/required-option.js';

export class SavePinCommand extends ApiCommand {
  static override paths = [['save-pin']];

  static override usage = Command.Usage({
    category: 'Writing and copying',
    description: 'Save a pin to one of your boards',
    details: `
      Saves an existing pin (yours or anyone's you can see) to a board you own, optionally into a
      section, with \`POST /v5/pins/{pin_id}/save\`, and prints the saved pin.
    `,
    examples: [
      ['Save a pin to a board', '$0 save-pin -p 1234567890 -b 5550001'],
      ['Save into a section and print JSON', '$0 save-pin -p 1234567890 -b 5550001 -s 7770001 --json'],
    ],
  });

  pinId = requiredString('-p,--pin-id', 'Pin to save', 'which pin to save');

  boardId = requiredString('-b,--board-id', 'Board to save it to', 'which board to save it to');

  section = Option.String('-s,--section', { description: 'Board section to save it to' });

  protected async run() {
    const { pinId, boardId } = this;
    const saving = await this.reading(['savePin']);
    await saving.use(async (account, summaries) => {
      const pin = await account.savePin(pinId, { boardId, ...(this.section ? { sectionId: this.section } : {}) });
      await this.output().item(pin, () => summaries.pinSummary(pin));
    });
  }
}
