import type { createHash } from 'node:crypto';
import { argumentsOf } from '@pinkit/arguments';
import { UnexpectedResponseError } from './answer-errors.js';
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
  // Anything but a string or nothing is a broken answer, not the last page: taking it for the end
  // would cut a listing short without a word.
  if (envelope.bookmark !== undefined && envelope.bookmark !== null && typeof envelope.bookmark !== 'string')
    throw new UnexpectedResponseError({
      operation: 'a list page',
      field: 'bookmark',
      expected: 'a string or null',
      got: envelope.bookmark,
    });
  const bookmark = typeof envelope.bookmark === 'string' && envelope.bookmark !== '' ? envelope.bookmark : null;
  return { items: items as T[], bookmark };
}

export interface PagingLimits {
  /**
   * Pages in a row that may bring no item not seen in the pages just before them while still handing
   * out a bookmark. Default 10: a server that sends fresh bookmarks with the same items would loop
   * forever. Only that many recent pages are remembered, so memory stays flat however long the listing.
   */
  maxStalledPages?: number;
  /** Pages in all. Default 50,000: more than any account holds even at small page sizes. */
  maxPages?: number;
  /** Where to start: a bookmark an earlier page of the same listing handed out (a caller's cursor). */
  from?: string;
}

/**
 * What tells an item apart: its `id`, or for an item without one a digest of its content, so that
 * id-less pages repeated under fresh bookmarks still count as stalled. The digest keeps a large
 * item from being held whole.
 */
async function itemKeys(items: readonly unknown[]): Promise<Set<string>> {
  const keys = new Set<string>();
  // node:crypto is loaded only for a page with id-less items: a listing of pins never needs it.
  let digest: typeof createHash | undefined;
  for (const item of items) {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string' || typeof id === 'number') {
      keys.add(`id:${String(id)}`);
      continue;
    }
    digest ??= (await import('node:crypto')).createHash;
    keys.add(
      `sha1:${digest('sha1')
        .update(JSON.stringify(item) ?? String(item))
        .digest('base64')}`,
    );
  }
  return keys;
}

const check = argumentsOf('paginate');

function checkPaging(fetchPage: unknown, limits: PagingLimits): void {
  check.function(fetchPage, 'fetchPage');
  check.object(limits, 'limits');
  check.integer(limits.maxStalledPages, 'limits.maxStalledPages', { optional: true, min: 1, max: 1000 });
  check.integer(limits.maxPages, 'limits.maxPages', { optional: true, min: 1, max: 1_000_000 });
  // A cursor a caller kept from an earlier page: Pinterest's bookmarks are a few hundred characters.
  check.string(limits.from, 'limits.from', { optional: true, maxLength: 4096, singleLine: true });
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
  checkPaging(fetchPage, limits);
  const maxStalledPages = limits.maxStalledPages ?? 10;
  const maxPages = limits.maxPages ?? 50_000;
  const seen = new Set<string>();
  // The keys of the last `maxStalledPages` pages only: a stall repeats recent pages, and keeping
  // every id ever seen grew without bound (194 MB at 990,000 pins).
  const recent: Array<Set<string>> = [];
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
    const keys = await itemKeys(page.items);
    let fresh = false;
    for (const key of keys) if (!recent.some((earlier) => earlier.has(key))) fresh = true;
    recent.push(keys);
    if (recent.length > maxStalledPages) recent.shift();
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
