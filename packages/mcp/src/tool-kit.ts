// How each tool is declared and run: one place that turns a thrown error into the one line the
// assistant reads, so no tool can crash the server or leak a stack.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import type { McpAccount } from './mcp-account.js';
import { failure } from './tool-result.js';

/** What a tool's handler gets besides its arguments. */
export interface ToolContext {
  /** The account, opened on first use (so listing the tools needs no token). */
  account(): Promise<McpAccount>;
  /** Aborted when the client cancels the call or the server closes. */
  signal: AbortSignal;
}

export interface ToolSpec<Shape extends z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  input: Shape;
  annotations: ToolAnnotations;
  /** The account methods the tool calls, so a server on a version without one leaves the tool out. */
  needs: readonly string[];
  run(args: z.infer<z.ZodObject<Shape>>, context: ToolContext): Promise<CallToolResult>;
}

/** A tool with its argument types checked against its schema. */
export function defineTool<Shape extends z.ZodRawShape>(spec: ToolSpec<Shape>): ToolSpec<Shape> {
  return spec;
}

/** A refusal of arguments that passed their schemas but not each other (an end before a start). */
export class ToolInputError extends Error {
  override name = 'ToolInputError';
}

export interface RegisterOptions {
  account(): Promise<McpAccount>;
  describeError(error: unknown): string;
}

/** Registers `tools` on `server`; every failure becomes an `isError` result with one line. */
export function registerTools(server: McpServer, tools: ReadonlyArray<ToolSpec<z.ZodRawShape>>, options: RegisterOptions): void {
  for (const tool of tools) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        annotations: { title: tool.title, ...tool.annotations },
      },
      async (args: Record<string, unknown>, extra: { signal: AbortSignal }) => {
        try {
          return await tool.run(args as never, { account: options.account, signal: extra.signal });
        } catch (error) {
          return failure(error instanceof ToolInputError ? error.message : options.describeError(error));
        }
      },
    );
  }
}
