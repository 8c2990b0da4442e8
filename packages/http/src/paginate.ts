import { HttpError, PagingError } from './errors.js';

/** One page of a listing, whichever envelope the API version uses. */
export interface Page<T> {
  items: T[];
  bookmark: string | null;
}

/**
 * Normalises the two list envelopes: v5 `{items, bookmark}` and v3 `{data: [...], bookmark}`.
 * An empty or missing bookmark means the last page.
 */
export function toPage<T>(body: unknown): Page<T> {
  const envelope = (body ?? {}) as { items?: unknown; data?: unknown; bookmark?: unknown };
  const items = Array.isArray(envelope.items) ? envelope.items : Array.isArray(envelope.data) ? envelope.data : undefined;
  if (!items) throw new HttpError('Expected a list response ({items} or {data}), got something else.');
  const bookmark = typeof envelope.bookmark === 'string' && envelope.bookmark !== '' ? envelope.bookmark : null;
  return { items: items as T[], bookmark };
}

/**
 * Walks a bookmark-paged listing page by page. `fetchPage` gets the previous page's bookmark
 * (undefined for the first). Stops with PagingError if the server hands out a bookmark twice,
 * which would otherwise loop forever.
 */
export async function* paginatePages<T>(fetchPage: (bookmark: string | undefined) => Promise<unknown>): AsyncGenerator<Page<T>> {
  const seen = new Set<string>();
  let bookmark: string | undefined;
  for (;;) {
    const page = toPage<T>(await fetchPage(bookmark));
    yield page;
    if (page.bookmark === null) return;
    if (seen.has(page.bookmark)) {
      throw new PagingError(
        `The server returned bookmark "${page.bookmark}" twice; stopping so the listing does not loop forever.`,
        page.bookmark,
      );
    }
    seen.add(page.bookmark);
    bookmark = page.bookmark;
  }
}

/** The same walk, item by item. Callers decide how much to read; unread pages are never fetched. */
export async function* paginate<T>(fetchPage: (bookmark: string | undefined) => Promise<unknown>): AsyncGenerator<T> {
  for await (const page of paginatePages<T>(fetchPage)) yield* page.items;
}
