import { Command } from 'clipanion';
import { ApiCommand } from '../base/api-command.js';

export class GetBusinessesCommand extends ApiCommand {
  static override paths = [['get-businesses']];

  static override usage = Command.Usage({
    category: 'Reading',
    description: 'List the business accounts linked to the user',
    details: `
      Reads \`GET /v5/user_account/businesses\` (on \`-v 3\`, \`GET /v3/users/me/businesses/\`,
      which needs the \`read_advertisers\` scope): one line per linked business, its username and
      profile image. \`--json\` prints each as Pinterest sent it, one per line.
    `,
    examples: [
      ['List linked businesses', '$0 get-businesses'],
      ['Usernames with jq', '$0 get-businesses --json | jq -r .username'],
    ],
  });

  protected async run() {
    // The quickstart's v3 script asked for read_users with read_advertisers.
    const ads = await this.adsReading(['listLinkedBusinesses']);
    const out = this.output();
    await ads.use(async (pinterest, lines) => {
      const businesses = await pinterest.listLinkedBusinesses();
      for (const business of businesses) await out.item(business, () => lines.businessLine(business));
      await out.note(`${businesses.length} linked ${businesses.length === 1 ? 'business' : 'businesses'}.`);
    });
  }
}
