import type { Readable, Writable } from 'node:stream';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { checkStdioOptions } from './check-mcp-options.js';
import { createPinkitMcpServer, type PinkitMcpServerOptions } from './create-mcp-server.js';

export interface StdioOptions {
  stdin?: Readable;
  stdout?: Writable;
}

/**
 * Serves pinkit's tools over stdio (what desktop assistants and editors start) until the client
 * closes the connection; resolves then. Nothing but protocol messages goes to stdout.
 */
export async function serveStdio(options: PinkitMcpServerOptions & StdioOptions): Promise<void> {
  checkStdioOptions(options);
  const server = createPinkitMcpServer(options);
  const transport = new StdioServerTransport(options.stdin, options.stdout);
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
  });
  await server.connect(transport);
  // The SDK's stdio transport does not notice the end of its input by itself.
  (options.stdin ?? process.stdin).once('end', () => void server.close());
  await closed;
}
