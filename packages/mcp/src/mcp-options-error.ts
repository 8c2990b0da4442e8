/** The server was set up with options it cannot use; the message names the option. */
export class McpOptionsError extends TypeError {
  override name = 'McpOptionsError';
}
