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

export interface PagingLimits {
  /**
   * Pages in a row that may bring no item not seen before while still handing out a bookmark.
   * Default 10: a server that sends fresh bookmarks with the same items would loop forever.
   */
  maxStalledPages?: number;
  /** Pages in all. Default 50,000: more than any account holds even at small page sizes. */
  maxPages?: number;
  /** Where to start: a bookmark an earlier page of the same listing handed out (a caller's cursor). */
  from?: string;
}

/** An item's `id`, when it has one; items without one cannot be told apart and always count as new. */
function itemId(item: unknown): string | undefined {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Walks a bookmark-paged listing page by page. `fetchPage` gets the previous page's bookmark
 * (undefined for the first). A misbehaving server could keep a listing going forever, so it stops
 * with PagingError when a bookmark comes twice, when `maxStalledPages` pages in a row bring no new
 * item, or after `maxPages` pages.
 */
export async function* paginatePages<T>(
  fetchPage: (bookmark: string | undefined) => Promise<unknown>,
  limits: PagingLimits = {},
): AsyncGenerator<Page<T>> {
  const maxStalledPages = limits.maxStalledPages ?? 10;
  const maxPages = limits.maxPages ?? 50_000;
  const seen = new Set<string>();
  const ids = new Set<string>();
  let stalled = 0;
  let bookmark: string | undefined = limits.from;
  for (let pages = 1; ; pages++) {
    const page = toPage<T>(await fetchPage(bookmark));
    yield page;
    if (page.bookmark === null) return;
    if (seen.has(page.bookmark)) {
      throw new PagingError(
        `The server returned bookmark "${page.bookmark}" twice; stopping so the listing does not loop forever.`,
        page.bookmark,
      );
    }
    let fresh = false;
    for (const item of page.items) {
      const id = itemId(item);
      if (id === undefined || !ids.has(id)) fresh = true;
      if (id !== undefined) ids.add(id);
    }
    stalled = fresh ? 0 : stalled + 1;
    if (stalled >= maxStalledPages) {
      throw new PagingError(
        `The server sent ${stalled} pages in a row with no new items but a new bookmark each time; ` +
          'stopping so the listing does not loop forever.',
        page.bookmark,
      );
    }
    if (pages >= maxPages) {
      throw new PagingError(
        `The listing reached ${maxPages} pages, the most pinkit reads; stopping so it does not run forever.`,
        page.bookmark,
      );
    }
    seen.add(page.bookmark);
    bookmark = page.bookmark;
  }
}

/** The same walk, item by item. Callers decide how much to read; unread pages are never fetched. */
export async function* paginate<T>(
  fetchPage: (bookmark: string | undefined) => Promise<unknown>,
  limits: PagingLimits = {},
): AsyncGenerator<T> {
  for await (const page of paginatePages<T>(fetchPage, limits)) yield* page.items;
}
