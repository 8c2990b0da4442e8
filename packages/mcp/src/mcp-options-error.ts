/**
 * The server was set up to allow writes without `journalPath`, where copy_board keeps its journal.
 * Options of the wrong type are an `ArgumentError` instead.
 */
export class McpOptionsError extends TypeError {
  override name = 'McpOptionsError';
}
