import { argumentsOf } from '@pinkit/arguments';
import { PagingError } from './errors.js';
import { paginatePages, type Page } from './paginate.js';

/**
 * A paged listing that callers read item by item (`for await (const x of listing)`) or page by
 * page (`listing.pages()`, e.g. to ask "continue?" between pages). Nothing is fetched until read.
 * `pages(from)` starts at a bookmark an earlier page handed out, for callers that page across
 * calls (an MCP tool's cursor); a listing that cannot start there throws PagingError.
 */
export interface Listing<T> extends AsyncIterable<T> {
  pages(from?: string): AsyncIterable<Page<T>>;
}

/** A listing over one bookmark-paged endpoint. */
export function createListing<T>(fetchPage: (bookmark: string | undefined) => Promise<unknown>): Listing<T> {
  argumentsOf('createListing').function(fetchPage, 'fetchPage');
  const pages = (from?: string) => paginatePages<T>(fetchPage, from === undefined ? {} : { from });
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  };
}

/**
 * A listing over any page source, such as several endpoints walked one after another. Its
 * bookmarks are not the source's own, so it cannot start from one.
 */
export function fromPages<T>(pages: () => AsyncIterable<Page<T>>): Listing<T> {
  const check = argumentsOf('fromPages');
  check.function(pages, 'pages');
  // What the caller's function gives is checked where it is used: an async iterable of pages.
  const walked = (): AsyncIterable<Page<T>> => {
    const iterable = pages() as Partial<AsyncIterable<Page<T>>> | null | undefined;
    if (typeof iterable?.[Symbol.asyncIterator] !== 'function') return check.fail('pages()', 'an async iterable of pages', iterable);
    return iterable as AsyncIterable<Page<T>>;
  };
  return {
    pages: (from) => {
      if (from !== undefined)
        throw new PagingError('This listing walks several lists one after another and cannot start from a bookmark.', from);
      return walked();
    },
    async *[Symbol.asyncIterator]() {
      for await (const page of walked()) yield* page.items;
    },
  };
}
