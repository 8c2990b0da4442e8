export { createPinkitMcpServer } from './create-mcp-server.js';
export { serveStdio } from './serve-stdio.js';
export { McpOptionsError } from './mcp-options-error.js';
export { ArgumentError } from '@pinkit/arguments';
export { toolCapabilities, toolSet } from './tool-set.js';

export type { PinkitMcpServerOptions } from './create-mcp-server.js';
export type { StdioOptions } from './serve-stdio.js';
export type { ToolPermissions } from './tool-set.js';
export type { McpAccount, McpAnalyticsRange, McpListing, McpPage, McpPageRequest, McpPinChanges } from './mcp-account.js';
