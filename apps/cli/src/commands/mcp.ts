import { Command, Option } from 'clipanion';
import { ApiCommand } from '../base/api-command.js';
import { defaultJournalPath, targetLockPath } from '../copy/journal-path.js';
import { describeError } from '../output/describe-error.js';

export class McpCommand extends ApiCommand {
  static override paths = [['mcp']];

  static override usage = Command.Usage({
    category: 'Assistants',
    description: 'Serve the account to an AI assistant (Model Context Protocol, stdio)',
    details: `
      Starts a Model Context Protocol server on stdin and stdout, the transport desktop assistants
      and editors start: set the command \`pinkit\` with the arguments \`["mcp"]\` in their
      configuration. The tools read by default (who am I, boards, sections, pins, analytics, the ads
      tree, terms); \`--allow-writes\` adds creating boards and pins, saving, editing and copying a
      board (exactly once, with copy-board's journal); \`--allow-destructive\` adds deleting a board,
      and the writes with it. Nothing that spends ad budget is offered.

      The token is looked up as in every command (\`-a\`, the keychain, token files) and refreshed
      when it expires; it never appears in a tool's arguments or results. Requests are paced per
      rate-limit category, so an assistant's bursts of calls get no 429. Every argument is checked
      before a request; a failure is a tool error with the line this CLI would print, and the server
      keeps serving. Request lines go to stderr with \`-l\`.
    `,
    examples: [
      ['Serve the account, read only', '$0 mcp'],
      ['Let the assistant create and copy too', '$0 mcp --allow-writes'],
    ],
  });

  allowWrites = Option.Boolean('--allow-writes', false, {
    description: 'Offer the write tools: create_board, create_pin, save_pin, update_pin, copy_board',
  });

  allowDestructive = Option.Boolean('--allow-destructive', false, { description: 'Offer delete_board too (implies --allow-writes)' });

  protected async run() {
    const [{ serveStdio, toolCapabilities }, { supports }] = await Promise.all([import('@pinkit/mcp'), import('@pinkit/account/scopes')]);
    const version = this.config().apiVersion === '3' ? 3 : 5;
    const permissions = {
      allowWrites: this.allowWrites,
      allowDestructive: this.allowDestructive,
      supports: (capability: string) => supports(version, capability as never),
    };
    const capabilities = toolCapabilities(permissions) as never[];
    const { apiUri } = this.config();
    await serveStdio({
      ...permissions,
      openAccount: () => this.account(capabilities),
      describeError,
      journalPath: (userId) => defaultJournalPath(this.context.env, apiUri, userId, userId),
      targetLockPath: (userId) => targetLockPath(this.context.env, apiUri, userId),
      name: 'pinkit',
      version: this.cli.binaryVersion ?? '0.0.0',
      stdin: this.context.stdin,
      stdout: this.context.stdout,
    });
  }
}
