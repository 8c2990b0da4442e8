import { describe, expect, it } from 'vitest';
import { PagingError } from './errors.js';
import { paginate, paginatePages, toPage } from './paginate.js';

function pagesOf(bodies: unknown[]) {
  const asked: Array<string | undefined> = [];
  return {
    asked,
    fetchPage: async (bookmark: string | undefined) => {
      asked.push(bookmark);
      return bodies[asked.length - 1];
    },
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('paginate', () => {
  it('follows v5 {items, bookmark} pages until the bookmark is null', async () => {
    const { asked, fetchPage } = pagesOf([
      { items: [1, 2], bookmark: 'b1' },
      { items: [3], bookmark: 'b2' },
      { items: [4], bookmark: null },
    ]);
    expect(await collect(paginate<number>(fetchPage))).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([undefined, 'b1', 'b2']);
  });

  it('reads the v3 {data, bookmark} envelope, where an empty bookmark ends the list', async () => {
    const { fetchPage } = pagesOf([
      { data: ['a'], bookmark: 'x' },
      { data: ['b'], bookmark: '' },
    ]);
    expect(await collect(paginate<string>(fetchPage))).toEqual(['a', 'b']);
  });

  it('stops with a PagingError when the server repeats a bookmark', async () => {
    const { fetchPage } = pagesOf([
      { items: [1], bookmark: 'same' },
      { items: [2], bookmark: 'same' },
      { items: [3], bookmark: null },
    ]);
    await expect(collect(paginate(fetchPage))).rejects.toBeInstanceOf(PagingError);
  });

  it('stops with a PagingError after maxStalledPages pages with fresh bookmarks and no new ids', async () => {
    const asked: Array<string | undefined> = [];
    const fetchPage = async (bookmark: string | undefined) => {
      asked.push(bookmark);
      return { items: [{ id: '1' }, { id: '2' }], bookmark: `fresh-${asked.length}` };
    };
    const reading = collect(paginate(fetchPage, { maxStalledPages: 3 }));
    await expect(reading).rejects.toThrow(/3 pages in a row with no new items/);
    await expect(reading).rejects.toBeInstanceOf(PagingError);
    // The first page is new; then three that repeat it.
    expect(asked).toHaveLength(4);
  });

  it('counts only pages in a row: a page with one new id resets the count', async () => {
    const bodies = [
      { items: [{ id: 'a' }], bookmark: 'b1' },
      { items: [{ id: 'a' }], bookmark: 'b2' },
      { items: [{ id: 'a' }, { id: 'b' }], bookmark: 'b3' },
      { items: [{ id: 'b' }], bookmark: 'b4' },
      { items: [{ id: 'c' }], bookmark: null },
    ];
    const { fetchPage } = pagesOf(bodies);
    expect(await collect(paginate<{ id: string }>(fetchPage, { maxStalledPages: 2 }))).toHaveLength(6);
  });

  it('stops with a PagingError naming the cap after maxPages pages', async () => {
    let page = 0;
    const fetchPage = async () => ({ items: [{ id: String(++page) }], bookmark: `b${page}` });
    await expect(collect(paginate(fetchPage, { maxPages: 20 }))).rejects.toThrow(/reached 20 pages, the most pinkit reads/);
    expect(page).toBe(20);
  });

  it('fetches no further page when the caller stops reading', async () => {
    const { asked, fetchPage } = pagesOf([
      { items: [1, 2], bookmark: 'b1' },
      { items: [3], bookmark: null },
    ]);
    for await (const item of paginate<number>(fetchPage)) if (item === 2) break;
    expect(asked).toEqual([undefined]);
  });

  it('yields whole pages through paginatePages', async () => {
    const { fetchPage } = pagesOf([
      { items: [1, 2], bookmark: 'b1' },
      { items: [], bookmark: null },
    ]);
    expect(await collect(paginatePages<number>(fetchPage))).toEqual([
      { items: [1, 2], bookmark: 'b1' },
      { items: [], bookmark: null },
    ]);
  });

  it('rejects a body that is not a list envelope', () => {
    expect(() => toPage({ id: '1' })).toThrow(/Expected a list response/);
  });
});

describe('createListing', () => {
  it('reads the same endpoint item by item or page by page', async () => {
    const { createListing } = await import('./listing.js');
    const bodies = [
      { items: [1, 2], bookmark: 'b' },
      { items: [3], bookmark: null },
    ];
    const listing = createListing<number>(async (bookmark) => bodies[bookmark ? 1 : 0]);
    expect(await collect(listing)).toEqual([1, 2, 3]);
    expect((await collect(listing.pages())).map((p) => p.items)).toEqual([[1, 2], [3]]);
  });
});
