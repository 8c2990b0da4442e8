import type { McpListing } from './mcp-account.js';

/** The first page a listing yields, with the cursor of the next one (absent on the last page). */
export async function firstPage<T>(listing: McpListing<T>): Promise<{ items: T[]; next_cursor?: string }> {
  for await (const page of listing.pages()) {
    return { items: page.items, ...(page.bookmark ? { next_cursor: page.bookmark } : {}) };
  }
  return { items: [] };
}
