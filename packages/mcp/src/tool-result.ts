// What a tool hands back: JSON text for an answer, one line with `isError` for a failure, as the
// MCP specification asks (a tool error is a result the assistant reads, not a protocol error).
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** An answer: the object as indented JSON, which assistants read well. */
export function answer(value: unknown): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] };
}

/** A failure the assistant should read and act on: one line. */
export function failure(line: string): CallToolResult {
  return { content: [{ type: 'text', text: line }], isError: true };
}
