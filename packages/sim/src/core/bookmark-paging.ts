import { failures } from './pinterest-failure.js';

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page; null on the last page. */
  bookmark: string | null;
}

export interface PageRequest {
  pageSize: number;
  /** The seq of the last item of the previous page. */
  after: number | undefined;
}

const BOOKMARK_PREFIX = 'pinkit-sim:';

/** Reads `page_size` (1..250, default 25) and `bookmark` as v5 defines them. */
export function readPageRequest(query: URLSearchParams): PageRequest {
  const raw = query.get('page_size');
  let pageSize = 25;
  if (raw !== null) {
    if (!/^\d+$/.test(raw)) throw failures.invalidParameters(`Parameter 'page_size' was not numeric (was ${raw})`);
    pageSize = Number(raw);
    if (pageSize < 1 || pageSize > 250) {
      throw failures.invalidParameters(`Parameter 'page_size' must be between 1 and 250 (was ${raw})`);
    }
  }
  return { pageSize, after: readBookmark(query.get('bookmark')) };
}

function readBookmark(raw: string | null): number | undefined {
  if (raw === null || raw === '') return undefined;
  const decoded = Buffer.from(raw, 'base64url').toString('utf8');
  const seq = decoded.startsWith(BOOKMARK_PREFIX) ? Number(decoded.slice(BOOKMARK_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(seq) || seq < 0)
    throw failures.invalidParameters(`Parameter 'bookmark' is not a bookmark this API returned (was ${raw})`);
  return seq;
}

export function writeBookmark(seq: number): string {
  return Buffer.from(`${BOOKMARK_PREFIX}${seq}`).toString('base64url');
}

/**
 * One page of `items` (sorted ascending by seq), oldest or newest first. The bookmark
 * remembers the last seq served, so items deleted or added between pages never make the
 * walk repeat or skip one that was there all along.
 */
export function pageOf<T extends { seq: number }>(
  items: readonly T[],
  request: PageRequest,
  options: { newestFirst: boolean; include?: (item: T) => boolean },
): Page<T> {
  const include = options.include ?? (() => true);
  const step = options.newestFirst ? -1 : 1;
  let index = startIndex(items, request.after, options.newestFirst);
  const page: T[] = [];
  let lastSeq: number | undefined;
  for (; index >= 0 && index < items.length; index += step) {
    const item = items[index];
    if (item === undefined || !include(item)) continue;
    if (page.length === request.pageSize) return { items: page, bookmark: writeBookmark(lastSeq ?? 0) };
    page.push(item);
    lastSeq = item.seq;
  }
  return { items: page, bookmark: null };
}

function startIndex(items: readonly { seq: number }[], after: number | undefined, newestFirst: boolean): number {
  if (after === undefined) return newestFirst ? items.length - 1 : 0;
  // First index whose seq is greater than `after`.
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items[mid]?.seq ?? 0) <= after) low = mid + 1;
    else high = mid;
  }
  if (!newestFirst) return low;
  // Newest first continues with the last index whose seq is below `after`.
  const atOrAfter = low > 0 && items[low - 1]?.seq === after ? low - 1 : low;
  return atOrAfter - 1;
}
