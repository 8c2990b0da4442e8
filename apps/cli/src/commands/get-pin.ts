import { Command } from 'clipanion';
import { ApiCommand } from '../base/api-command.js';
import { requiredString } from '../base/required-option.js';

export class GetPinCommand extends ApiCommand {
  static override paths = [['get-pin']];

  static override usage = Command.Usage({
    category: 'Reading',
    description: 'Show one pin',
    details: 'Reads `GET /v5/pins/{pin_id}` (v3: `GET /v3/pins/{pin}/`) and prints a summary, or the whole pin with `--json`.',
    examples: [
      ['Show a pin', '$0 get-pin -p 1234567890'],
      ['Print the pin as JSON', '$0 get-pin -p 1234567890 --json'],
    ],
  });

  pinId = requiredString('-p,--pin-id', 'Pin identifier', 'which pin to show');

  protected async run() {
    const { pinId } = this;
    const reading = await this.reading(['getPin']);
    await reading.use(async (pinterest, summaries) => {
      const pin = await pinterest.getPin(pinId);
      await this.output().item(pin, () => summaries.pinSummary(pin));
    });
  }
}
