import { Command, Option } from 'clipanion';
import { pinSummary } from '../output/summaries.js';
import { PinkitCommand, required } from '../base/pinkit-command.js';

export class GetPinCommand extends PinkitCommand {
  static override paths = [['get-pin']];

  static override usage = Command.Usage({
    category: 'Reading',
    description: 'Show one pin',
    details: 'Reads `GET /v5/pins/{pin_id}` and prints a summary, or the whole pin with `--json`.',
    examples: [
      ['Show a pin', '$0 get-pin -p 1234567890'],
      ['Print the pin as JSON', '$0 get-pin -p 1234567890 --json'],
    ],
  });

  pinId = Option.String('-p,--pin-id', { description: 'Pin identifier (required)' });

  protected async run() {
    const pinId = required(this.pinId, '-p/--pin-id', 'which pin to show');
    const pin = await (await this.v5(['boards:read', 'pins:read'])).pins.get(pinId);
    await this.output().item(pin, () => pinSummary(pin));
  }
}
