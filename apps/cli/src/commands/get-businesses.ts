import { Command } from 'clipanion';
import { ApiCommand } from '../base/api-command.js';
import { businessLine } from '../output/ad-summaries.js';

export class GetBusinessesCommand extends ApiCommand {
  static override paths = [['get-businesses']];

  static override usage = Command.Usage({
    category: 'Reading',
    description: 'List the business accounts linked to the user',
    details: `
      Reads \`GET /v5/user_account/businesses\`: one line per linked business, its username and
      profile image. \`--json\` prints each as Pinterest sent it, one per line.
    `,
    examples: [
      ['List linked businesses', '$0 get-businesses'],
      ['Usernames with jq', '$0 get-businesses --json | jq -r .username'],
    ],
  });

  protected async run() {
    const pinterest = await this.api(['user_accounts:read']);
    const businesses = await pinterest.listLinkedBusinesses();
    const out = this.output();
    for (const business of businesses) await out.item(business, () => businessLine(business));
    await out.note(`${businesses.length} linked ${businesses.length === 1 ? 'business' : 'businesses'}.`);
  }
}
