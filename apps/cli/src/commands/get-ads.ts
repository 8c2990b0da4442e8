import { Command, Option } from 'clipanion';
import { adTreeLevels, type AdTreeIds } from '../ads/ad-tree-levels.js';
import { browseAdTree } from '../ads/browse-ad-tree.js';
import { printAdTree } from '../ads/print-ad-tree.js';
import { ApiCommand } from '../base/api-command.js';
import { pinterestId } from '../base/pinterest-id.js';
import { openPrompter } from '../input/ask.js';
import { InputError } from '../output/describe-error.js';

// Each id flag and the flag of the level just above it, which it needs.
const PARENT_FLAGS: ReadonlyArray<[flag: keyof AdTreeIds, name: string, parent: keyof AdTreeIds, parentName: string]> = [
  ['campaignId', '--campaign-id', 'adAccountId', '--ad-account-id'],
  ['adGroupId', '--ad-group-id', 'campaignId', '--campaign-id'],
  ['adId', '--ad-id', 'adGroupId', '--ad-group-id'],
];

export class GetAdsCommand extends ApiCommand {
  static override paths = [['get-ads']];

  static override usage = Command.Usage({
    category: 'Ads and analytics',
    description: 'Walk ad accounts, campaigns, ad groups and ads',
    details: `
      Lists the ad accounts (\`GET /v5/ad_accounts\`), their campaigns, ad groups and ads
      (\`GET /v5/ad_accounts/{ad_account_id}/campaigns\`, \`/ad_groups\`, \`/ads\`). Archived
      entities are left out, as Pinterest does by default. On \`-v 3\` the same tree comes from
      v3's advertisers, campaigns, ad groups and pin promotions (\`GET /ads/v3/...\`), in the same
      lines; \`--json\` then prints v3's objects.

      On a terminal it asks, as the quickstart does, which branch to descend at each level (a
      number, \`a\` for everything below, \`q\` or an empty line to stop). With \`--all-ads\`,
      \`--json\`, or when the input is not a terminal, it prints the whole tree, indented.
      \`--json\` prints one object per line: \`kind\` (ad_account, campaign, ad_group, ad), the
      parent ids, and the API's object as \`item\`.

      The id flags narrow the walk to one branch; an id at one level needs the ids above it.
    `,
    examples: [
      ['Choose a branch on a terminal', '$0 get-ads'],
      ['The whole tree', '$0 get-ads --all-ads'],
      ["One campaign's ad groups and ads", '$0 get-ads --ad-account-id 549755885175 --campaign-id 626735565838'],
      ['Every ad id with jq', `$0 get-ads --json | jq -r 'select(.kind == "ad") | .item.id'`],
    ],
  });

  allAds = Option.Boolean('--all-ads', false, { description: 'Print the whole tree without asking' });

  adAccountId = Option.String('--ad-account-id', { description: 'Only this ad account' });

  campaignId = Option.String('--campaign-id', { description: 'Only this campaign (needs --ad-account-id)' });

  adGroupId = Option.String('--ad-group-id', { description: 'Only this ad group (needs --campaign-id)' });

  adId = Option.String('--ad-id', { description: 'Only this ad (needs --ad-group-id)' });

  protected async run() {
    const ids: AdTreeIds = {
      adAccountId: pinterestId(this.adAccountId, '--ad-account-id'),
      campaignId: pinterestId(this.campaignId, '--campaign-id'),
      adGroupId: pinterestId(this.adGroupId, '--ad-group-id'),
      adId: pinterestId(this.adId, '--ad-id'),
    };
    for (const [flag, name, parent, parentName] of PARENT_FLAGS) {
      if (ids[flag] !== undefined && ids[parent] === undefined) {
        throw new InputError(`${name} needs ${parentName}: an id at one level needs the ids above it.`);
      }
    }
    const interactive = !this.allAds && !this.json && Boolean((this.context.stdin as { isTTY?: boolean }).isTTY);
    const ads = await this.adsReading(['listAdAccounts', 'getAdAccount', 'listCampaigns', 'listAdGroups', 'listAds']);
    const levels = ads.use((api, lines) => adTreeLevels(api, lines, ids));
    const out = this.output();
    if (!interactive) {
      await printAdTree(out, levels, 0, {});
      return;
    }
    const prompter = await openPrompter(this.context.stdin, this.context.stderr);
    try {
      await browseAdTree(out, levels, prompter, this.context.stderr);
    } finally {
      prompter.close();
    }
  }
}
