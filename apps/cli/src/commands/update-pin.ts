import { Command, Option } from 'clipanion';
import { ApiCommand } from '../base/api-command.js';
import { requiredString } from '../base/required-option.js';
import { InputError } from '../output/describe-error.js';

export class UpdatePinCommand extends ApiCommand {
  static override paths = [['update-pin']];

  static override usage = Command.Usage({
    category: 'Writing and copying',
    description: "Change a pin's title, description, link or alt text",
    details: `
      Changes the fields given of one of your pins with \`PATCH /v5/pins/{pin_id}\`, leaves the
      others as they are, and prints the pin. API v3 documented no edit of a pin.
    `,
    examples: [
      ['Retitle a pin', '$0 update-pin -p 1234567890 --title "Country loaf"'],
      ['Change the link and alt text, print JSON', '$0 update-pin -p 1234567890 --link https://example.com --alt-text "A loaf" --json'],
    ],
  });

  pinId = requiredString('-p,--pin-id', 'Pin to change', 'which pin to change');

  title = Option.String('--title', { description: 'New title (up to 100 characters)' });

  description = Option.String('--description', { description: 'New description (up to 800 characters)' });

  link = Option.String('--link', { description: 'New destination link (http or https)' });

  altText = Option.String('--alt-text', { description: 'New alt text (up to 500 characters)' });

  protected async run() {
    const { pinId, title, description, link, altText } = this;
    const changes = {
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(link !== undefined ? { link } : {}),
      ...(altText !== undefined ? { altText } : {}),
    };
    if (Object.keys(changes).length === 0) throw new InputError('Give at least one of --title, --description, --link and --alt-text.');
    const updating = await this.reading(['updatePin']);
    await updating.use(async (account, summaries) => {
      const pin = await account.updatePin(pinId, changes);
      await this.output().item(pin, () => summaries.pinSummary(pin));
    });
  }
}
