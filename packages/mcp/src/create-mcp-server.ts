import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { checkServerOptions } from './check-mcp-options.js';
import type { McpAccount } from './mcp-account.js';
import { McpOptionsError } from './mcp-options-error.js';
import { registerTools } from './tool-kit.js';
import { toolSet, type ToolPermissions } from './tool-set.js';
import type { JournalPath } from './tools/copy-board-tool.js';

export interface PinkitMcpServerOptions extends ToolPermissions {
  /**
   * Opens the account the tools act for. Called on the first tool call, not before, so an
   * assistant can list the tools without a token; a failure is that call's error, and the next
   * call tries again.
   */
  openAccount(): Promise<McpAccount>;
  /** The one line an error becomes in a tool result (the CLI passes its own); default: its message. */
  describeError?(error: unknown): string;
  /** Where copy_board keeps its journal for the account of `userId`; required with writes. */
  journalPath?: JournalPath;
  /**
   * The lock a copy_board holds on the account of `userId` while it writes; give the one other
   * copies into that account use (`pinkit copy-board` passes its own), and a second copy is
   * refused with TargetLockedError instead of copying pins twice. Default: none.
   */
  targetLockPath?: JournalPath;
  /** The server's name and version as the client sees them. */
  name?: string;
  version?: string;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}

/** An MCP server with pinkit's tools for one account; connect it to a transport to serve. */
export function createPinkitMcpServer(options: PinkitMcpServerOptions): McpServer {
  checkServerOptions(options);
  const writes = Boolean(options.allowWrites || options.allowDestructive);
  if (writes && typeof options.journalPath !== 'function') {
    throw new McpOptionsError('journalPath must be a function when writes are allowed (copy_board keeps its journal there).');
  }
  let opening: Promise<McpAccount> | undefined;
  const account = (): Promise<McpAccount> => {
    opening ??= options.openAccount().catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
  const server = new McpServer(
    { name: options.name ?? 'pinkit', version: options.version ?? '0.0.0' },
    {
      instructions:
        'Tools for one Pinterest account. Ids are digit strings; dates are YYYY-MM-DD; list tools page with cursor/next_cursor.',
    },
  );
  const places = { journalPath: options.journalPath ?? (() => ''), targetLockPath: options.targetLockPath };
  registerTools(server, toolSet(options, places), { account, describeError: options.describeError ?? firstLine });
  return server;
}
