import { paginatePages, type Page } from './paginate.js';

/**
 * A paged listing that callers read item by item (`for await (const x of listing)`) or page by
 * page (`listing.pages()`, e.g. to ask "continue?" between pages). Nothing is fetched until read.
 */
export interface Listing<T> extends AsyncIterable<T> {
  pages(): AsyncIterable<Page<T>>;
}

/** A listing over one bookmark-paged endpoint. */
export function createListing<T>(fetchPage: (bookmark: string | undefined) => Promise<unknown>): Listing<T> {
  return fromPages(() => paginatePages<T>(fetchPage));
}

/** A listing over any page source, such as several endpoints walked one after another. */
export function fromPages<T>(pages: () => AsyncIterable<Page<T>>): Listing<T> {
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  };
}
