import type { McpListing } from './mcp-account.js';

/** One page of a listing, from `cursor` on, with the cursor of the next one (absent on the last page). */
export async function firstPage<T>(listing: McpListing<T>, cursor?: string): Promise<{ items: T[]; next_cursor?: string }> {
  for await (const page of listing.pages(cursor)) {
    return { items: page.items, ...(page.bookmark ? { next_cursor: page.bookmark } : {}) };
  }
  return { items: [] };
}
